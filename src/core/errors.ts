/**
 * Errors are returned as values (as in formulajs), never thrown across the core's boundary,
 * so that the custom-function wrappers can turn them into Excel errors at the edge.
 * An error carries a Problem (a code and raw parameters): the edge renders it in its language.
 */
import type { Problem } from "../i18n/problem";
import { renderVietnamese } from "../i18n/vietnamese";

/** "value" becomes #VALUE!, "div0" #DIV/0! (division by zero: no eligible cases). */
export type ErrorKind = "value" | "div0";

export class ThadsError {
  constructor(
    readonly kind: ErrorKind,
    readonly problem: Problem,
  ) {}

  /**
   * @deprecated the problem as a Vietnamese sentence, for callers not yet rendering `problem` in
   * the user's language (renderProblem / issueText); removed once every area shows problems.
   */
  get message(): string {
    return renderVietnamese(this.problem);
  }
}

export type Result<T> = T | ThadsError;

export function isError(x: unknown): x is ThadsError {
  return x instanceof ThadsError;
}

/** A Vietnamese sentence not yet given a code: only for areas still moving to problems. */
const legacy = (message: string): Problem => ({ code: "commonText", params: { vi: message } });

/** #VALUE!: an input the core cannot use. A string is the deprecated form (a sentence, not a code). */
export const valueError = (p: Problem | string) => new ThadsError("value", typeof p === "string" ? legacy(p) : p);
/** #DIV/0!: a rate over no eligible cases. */
export const div0Error = (p: Problem) => new ThadsError("div0", p);
