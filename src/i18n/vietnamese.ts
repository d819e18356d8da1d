/**
 * Problems rendered in Vietnamese for the custom functions, from the areas whose problems they
 * raise: their arguments and rates (functions), an encoding's name (encoding), a status category
 * (register). The custom functions always speak Vietnamese (src/functions/arguments.ts says why):
 * rendering through renderProblem would put the English catalogue into functions.js, and the whole
 * Vietnamese one every pane, command and report text (functions.js was 19.9 KB gzipped, 10.3 without).
 * test/functions/messages.test.ts renders every code a module of the functions bundle names.
 */
import type { Problem } from "./problem";
import { problems as encoding } from "./vi/encoding";
import { problems as functions } from "./vi/functions";
import { problems as register } from "./vi/register";

const PROBLEMS: Record<string, (params: never) => string> = { ...functions, ...encoding, ...register };

export function renderVietnamese(p: Problem): string {
  return (PROBLEMS[p.code] as (params: unknown) => string)(p.params);
}
