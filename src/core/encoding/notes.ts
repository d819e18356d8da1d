/**
 * One note per old encoding for a sheet. A large register's head rows are decoded before
 * recognition (encoding/grid.ts) and its case rows' texts by the register pass
 * (register/legacyText.ts): each gives a note, which the user must see as one, counting the cells
 * of both and naming the first.
 */
import type { Problem } from "../../i18n/problem";
import type { Issue } from "../table/model";

type LegacyNote = Extract<Problem, { code: "encodingLegacyText" }>;

const isLegacyNote = (p: Problem): p is LegacyNote => p.code === "encodingLegacyText";

/** Whether issue a is at a cell before issue b's, row by row (an issue without a cell comes last). */
const before = (a: Issue, b: Issue) =>
  (a.row ?? Infinity) < (b.row ?? Infinity) || (a.row === b.row && (a.col ?? Infinity) < (b.col ?? Infinity));

/** The issues with the notes of each encoding made one, where the first of them was; others as they are. */
export function oneNotePerEncoding(issues: readonly Issue[]): Issue[] {
  const at = new Map<LegacyNote["params"]["encoding"], number>();
  const out: Issue[] = [];
  for (const issue of issues) {
    const p = issue.problem;
    const k = isLegacyNote(p) ? at.get(p.params.encoding) : undefined;
    if (!isLegacyNote(p) || k === undefined) {
      if (isLegacyNote(p)) at.set(p.params.encoding, out.length);
      out.push(issue);
      continue;
    }
    const kept = out[k];
    const first = before(issue, kept) ? issue : kept;
    const cells = (kept.problem as LegacyNote).params.cells + p.params.cells;
    out[k] = { ...first, problem: { code: p.code, params: { ...(first.problem as LegacyNote).params, cells } } };
  }
  return out;
}
