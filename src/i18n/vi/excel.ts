/** Vietnamese texts of the excel area. Problem codes start with "excel" (a test checks they are unique). */
export const problems = {};

export const words = {};
