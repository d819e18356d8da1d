/**
 * Problems rendered in Vietnamese from the Vietnamese catalogue alone. The custom functions always
 * speak Vietnamese (src/functions/arguments.ts says why): rendering through renderProblem would
 * put the English catalogue of every area into functions.js as well.
 */
import type { Problem } from "./problem";
import { vi } from "./vi";

export function renderVietnamese(p: Problem): string {
  return (vi.problems[p.code] as (params: unknown) => string)(p.params);
}
