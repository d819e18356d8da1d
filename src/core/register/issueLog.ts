/** The problems found in a register's cells, each naming its cell; a flood of one kind is summarised. */
import { problem, type Problem, type ProblemParams } from "../../i18n/problem";
import type { RegisterSummarised } from "../../i18n/vi/register";
import { sheetCellAddress } from "../address";
import type { Issue } from "../table/model";
import type { Origin } from "../grid";

const MAX_ISSUES_PER_KIND = 50;

/** How many problems of one kind were met, and what a summary of them says. */
export interface Tally {
  count: number;
  severity: Issue["severity"];
  of: RegisterSummarised;
}

/** Issues of one kind beyond a handful are summarised: a broken column must not flood the pane. */
export class IssueLog {
  readonly issues: Issue[] = [];
  private readonly counts = new Map<string, Tally>();

  constructor(
    private readonly sheetName: string | undefined,
    private readonly origin: Origin,
  ) {}

  /** The address of grid cell (r, c): 'Sổ theo dõi'!C15. */
  addr(r: number, c: number): string {
    return sheetCellAddress(this.sheetName, r, c, this.origin);
  }

  /**
   * One problem at grid cell (r, c). `kind` groups the problems counted together (a code, or a
   * code and a column); past MAX_ISSUES_PER_KIND of a kind only the count is kept.
   */
  add<K extends RegisterSummarised>(kind: string, r: number, c: number, severity: Issue["severity"], code: K, params: ProblemParams<K>): void {
    if (this.counted(kind, severity, code)) this.addAt(r, c, severity, problem(code, params));
  }

  /**
   * Counts one problem of a kind; true when it is to be listed (the caller then gives it to addAt),
   * so that a flood's parameters are not worked out only to be dropped.
   */
  counted(kind: string, severity: Issue["severity"], code: RegisterSummarised): boolean {
    return this.listed(this.tally(kind, severity, code));
  }

  /** The count of a kind, for a caller that counts one kind on most rows (kept, it saves a lookup per row). */
  tally(kind: string, severity: Issue["severity"], code: RegisterSummarised): Tally {
    let seen = this.counts.get(kind);
    if (seen === undefined) this.counts.set(kind, (seen = { count: 0, severity, of: code }));
    return seen;
  }

  /** Counts one problem of a tally's kind: true when it is to be listed (as counted). */
  listed(tally: Tally): boolean {
    return ++tally.count <= MAX_ISSUES_PER_KIND;
  }

  /** One problem at grid cell (r, c), never summarised. */
  addAt(r: number, c: number, severity: Issue["severity"], p: Problem): void {
    this.issues.push({ where: this.addr(r, c), problem: p, severity, row: r + this.origin.row, col: c + this.origin.col });
  }

  /** A problem of the whole sheet (not of one cell). */
  addSheet(severity: Issue["severity"], p: Problem): void {
    this.issues.push({ where: this.sheetName ?? "", problem: p, severity });
  }

  /** The summaries of the kinds that overflowed. */
  finish(): void {
    for (const { count, severity, of } of this.counts.values()) {
      if (count > MAX_ISSUES_PER_KIND) this.addSheet(severity, problem("registerMore", { count: count - MAX_ISSUES_PER_KIND, of }));
    }
  }
}
