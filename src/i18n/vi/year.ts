/** Vietnamese texts of the year area. Problem codes start with "year" (a test checks they are unique). */
export const problems = {};

export const words = {};
