/** Vietnamese texts of the register area. Problem codes start with "register" (a test checks they are unique). */
export const problems = {};

export const words = {};
