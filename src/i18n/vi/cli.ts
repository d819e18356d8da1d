/** Vietnamese texts of the cli area. Problem codes start with "cli" (a test checks they are unique). */
export const problems = {};

export const words = {};
