/**
 * Errors are returned as values (as in formulajs), never thrown across the core's boundary,
 * so that the custom-function wrappers can turn them into Excel errors at the edge.
 */
import { renderProblem, type Problem } from "../i18n/problem";

export type ErrorKind = "value" | "div0" | "na";

export class ThadsError {
  constructor(
    readonly kind: ErrorKind,
    /** Vietnamese message naming the argument (or cell) and the offending value. */
    readonly message: string,
    /** the problem as a code with parameters, for edges that show it in the user's language */
    readonly problem?: Problem,
  ) {}
}

export type Result<T> = T | ThadsError;

export function isError(x: unknown): x is ThadsError {
  return x instanceof ThadsError;
}

/** An error from a coded problem; its message is the Vietnamese rendering, for edges not yet given a language. */
export const problemError = (problem: Problem, kind: ErrorKind = "value") => new ThadsError(kind, renderProblem(problem, "vi"), problem);
export const valueError = (message: string) => new ThadsError("value", message);
export const div0Error = (message: string) => new ThadsError("div0", message);
