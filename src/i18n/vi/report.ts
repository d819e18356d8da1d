/** Vietnamese texts of the report area. Problem codes start with "report" (a test checks they are unique). */
export const problems = {};

export const words = {};
