/**
 * Office.js errors carry a code; the user gets a sentence of the catalogue instead, never a stack
 * trace. Errors leave src/excel as ExcelProblemError: the problem, rendered by the pane in the
 * user's language (its message is the Vietnamese rendering, for logs and older callers).
 */
import type { OfficeCause } from "../i18n/vi/excel";
import { Problem, renderProblem } from "../i18n/problem";

export class ExcelProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(renderProblem(problem, "vi"));
    this.name = "ExcelProblemError";
  }
}

/** The code and message of an error thrown by Office.js (or anything else). */
export function officeCause(error: unknown): OfficeCause {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === "string" ? { code, message } : { message };
}

/** Whether Office.js refused a response for its size (Excel on the web: over 5 MB). */
export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}
