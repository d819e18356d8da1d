/** Vietnamese texts of the encoding area. Problem codes start with "encoding" (a test checks they are unique). */
export const problems = {};

export const words = {};
