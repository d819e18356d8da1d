/**
 * Errors are returned as values (as in formulajs), never thrown across the core's boundary,
 * so that the custom-function wrappers can turn them into Excel errors at the edge.
 * An error carries a Problem (a code and raw parameters): the edge renders it in its language.
 */
import type { Problem } from "../i18n/problem";

/** "value" becomes #VALUE!, "div0" #DIV/0! (division by zero: no eligible cases). */
export type ErrorKind = "value" | "div0";

export class ThadsError {
  constructor(
    readonly kind: ErrorKind,
    readonly problem: Problem,
  ) {}
}

export type Result<T> = T | ThadsError;

export function isError(x: unknown): x is ThadsError {
  return x instanceof ThadsError;
}

/** #VALUE!: an input the core cannot use. */
export const valueError = (p: Problem) => new ThadsError("value", p);
/** #DIV/0!: a rate over no eligible cases. */
export const div0Error = (p: Problem) => new ThadsError("div0", p);
