/** Vietnamese texts of the table area. Problem codes start with "table" (a test checks they are unique). */
export const problems = {};

export const words = {};
