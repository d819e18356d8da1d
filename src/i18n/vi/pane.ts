/** Vietnamese texts of the pane area. Problem codes start with "pane" (a test checks they are unique). */
export const problems = {};

export const words = {};
