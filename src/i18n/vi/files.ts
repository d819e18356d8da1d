/** Vietnamese texts of the files area. Problem codes start with "files" (a test checks they are unique). */
export const problems = {};

export const words = {};
