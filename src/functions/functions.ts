// Placeholder: the function library is being written (issue 2).
export {};
