/**
 * Errors are returned as values (as in formulajs), never thrown across the core's boundary,
 * so that the custom-function wrappers can turn them into Excel errors at the edge.
 */
export type ErrorKind = "value" | "div0" | "na";

export class ThadsError {
  constructor(
    readonly kind: ErrorKind,
    /** Vietnamese message naming the argument (or cell) and the offending value. */
    readonly message: string,
  ) {}
}

export type Result<T> = T | ThadsError;

export function isError(x: unknown): x is ThadsError {
  return x instanceof ThadsError;
}

export const valueError = (message: string) => new ThadsError("value", message);
export const div0Error = (message: string) => new ThadsError("div0", message);
