/**
 * Which rows of a register are not cases: blank rows (every case column blank) and total rows
 * ("Tổng cộng", "Cộng" in the first, officer or decision-number column). Asked of every row, so
 * the usual answers are found without trimming or folding texts.
 */
import { isBlankCell } from "../numbers";
import { foldText } from "../text";
import type { RegisterColumns } from "./recognize";

const TOTAL_LABELS = new Set(["tong cong", "cong", "tong so", "tong"]);
const TOTAL_START = /^\s*[tTcC]/; // "Tổng …", "Cộng"

/**
 * TOTAL_START.test(v), with the expression run only on texts starting with white space, and false
 * too for a "t" or "c" followed by an ASCII character other than "o": such a text ("Trần Văn An")
 * cannot fold to "tong …" or "cong", so it is not looked up.
 */
export function startsLikeTotal(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c === 0x74 || c === 0x54 || c === 0x63 || c === 0x43) {
    const next = v.charCodeAt(1);
    return next === 0x6f || next === 0x4f || next >= 0x80;
  }
  return c <= 32 || c === 0xa0 || c >= 0x1680 ? TOTAL_START.test(v) : false;
}

/** isBlankCell(v), without trimming the texts that start with a printable ASCII character other than "-". */
export function isBlank(v: unknown): boolean {
  if (typeof v === "string" && v.length > 0) {
    const c = v.charCodeAt(0);
    if (c > 32 && c < 127 && c !== 0x2d) return false;
  }
  return isBlankCell(v);
}

/** Blank and total rows of one register. */
export class RowKinds {
  /** the columns whose cells make a case row (all blank: a blank row) */
  private readonly caseCols: number[];
  private readonly officerCol: number;
  /** -1 when the register has no decision-number column */
  private readonly decisionCol: number;
  // Folding every row's texts would dominate the pass: only short texts starting like "Tổng"/"Cộng"
  // are folded, once each.
  private readonly totalText = new Map<string, boolean>();

  constructor(cols: RegisterColumns) {
    this.caseCols = [cols.officer, cols.status, cols.date, cols.amount, cols.collected, cols.unit, cols.decisionNumber].filter(
      (c): c is number => c !== undefined,
    );
    this.officerCol = cols.officer;
    this.decisionCol = cols.decisionNumber ?? -1;
  }

  /** Whether a cell is a total label ("Tổng cộng", "Cộng"): texts folded once each. */
  isTotalLabel(v: unknown): boolean {
    if (typeof v !== "string" || v.length > 20 || !startsLikeTotal(v)) return false;
    let total = this.totalText.get(v);
    if (total === undefined) this.totalText.set(v, (total = TOTAL_LABELS.has(foldText(v))));
    return total;
  }

  /** officerKnown: the officer cell is known not to be a total label */
  isTotalRow(row: unknown[], officerKnown: boolean): boolean {
    return (
      this.isTotalLabel(row[0]) ||
      (!officerKnown && this.isTotalLabel(row[this.officerCol])) ||
      (this.decisionCol >= 0 && this.isTotalLabel(row[this.decisionCol]))
    );
  }

  isBlankRow(row: unknown[]): boolean {
    const caseCols = this.caseCols;
    for (let k = 0; k < caseCols.length; k++) if (!isBlank(row[caseCols[k]])) return false;
    return true;
  }
}
