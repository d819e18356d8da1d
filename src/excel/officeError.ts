/**
 * Office.js errors carry a code; the user gets a sentence of the catalogue instead, never a stack
 * trace. Errors leave src/excel as ProblemError (i18n/problemError.ts, the one the workbook files
 * throw too): the problem, rendered by the pane in the user's language.
 */
import type { OfficeCause } from "../i18n/vi/excel";

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
