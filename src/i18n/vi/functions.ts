/** Vietnamese texts of the functions area. Problem codes start with "functions" (a test checks they are unique). */
export const problems = {};

export const words = {};
