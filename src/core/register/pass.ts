/**
 * One pass over a register's rows, each case added to its member's sums. The usual cells (a serial
 * date, amounts as numbers, statuses and names seen before) are read in the loop, with what every
 * row needs held in locals; the others by CellReader, StatusIndex and MemberIndex.
 */
import { isBlankCell } from "../numbers";
import { dateToSerial, fiscalYearOf, type CivilDate } from "../periods";
import type { MemberKind } from "../table/model";
import { CellReader, serialDay } from "./cells";
import { IssueLog } from "./issueLog";
import { INDEX, MemberIndex, type Accumulator } from "./members";
import type { Origin } from "../grid";
import type { RegisterLayout } from "./recognize";
import { isBlank, RowKinds } from "./rows";
import { StatusIndex } from "./statusIndex";
import { STATUS_CATEGORIES, type StatusCategory } from "./status";
import { RedFlags } from "./flags";
import { LegacyTally } from "./legacyText";

const TERMINATED = INDEX.terminated;
const COMPLETED = INDEX.completed;
const IN_PROGRESS = INDEX.inProgress;
/** Closing categories: a case in one has ended, on its result date. */
const CLOSING = STATUS_CATEGORIES.map((c) => c === "completed" || c === "terminated" || c === "delegatedOut" || c === "revoked");
/** indexAtReportDate: the case ended before the statistical year (left out of it entirely) */
const EARLIER_YEAR = -2;
/** indexAtReportDate: the case ended after the report date (in progress then, nothing collected yet) */
const STILL_OPEN = -3;

export interface PassOptions {
  reportDate: CivilDate;
  /** the day accepted dates are checked against (an accepted date after it is a warning) */
  today: CivilDate;
  reclassified: Record<string, StatusCategory>;
  memberKind: MemberKind;
  groupCol: number;
  sheetName: string | undefined;
  origin: Origin;
  /** absolute sheet rows the user left out */
  excluded: ReadonlySet<number>;
}

export class RegisterPass {
  readonly log: IssueLog;
  readonly members: MemberIndex;
  readonly statuses: StatusIndex;
  private readonly reader: CellReader;
  private readonly rows: RowKinds;
  private readonly flags: RedFlags;
  private readonly legacy: LegacyTally;
  private readonly reportSerial: number;
  private readonly yearStartSerial: number;
  rowsRead = 0;
  afterReportDate = 0;
  unclassified = 0;
  /** closed cases whose result date is before the statistical year: left out of it */
  earlierYear = 0;

  constructor(
    private readonly cells: unknown[][],
    private readonly layout: RegisterLayout,
    private readonly options: PassOptions,
  ) {
    this.log = new IssueLog(options.sheetName, options.origin);
    this.members = new MemberIndex(this.log, options.groupCol, options.memberKind);
    this.statuses = new StatusIndex(this.log, layout.columns.status, options.reclassified);
    this.reader = new CellReader(cells, layout, this.log);
    this.rows = new RowKinds(layout.columns);
    this.flags = new RedFlags(this.log, layout.columns, dateToSerial(options.today));
    this.legacy = new LegacyTally(this.log);
    this.reportSerial = dateToSerial(options.reportDate);
    this.yearStartSerial = dateToSerial({ year: fiscalYearOf(options.reportDate) - 1, month: 10, day: 1 });
  }

  /** One warning for a row the user left out, naming it by its member (and decision number). */
  private excludedRow(row: unknown[], r: number): void {
    const { groupCol, origin } = this.options;
    const decisionCol = this.layout.columns.decisionNumber;
    const name = [row[groupCol], decisionCol !== undefined ? row[decisionCol] : undefined]
      .filter((v) => !isBlankCell(v))
      .map((v) => String(v).trim().replace(/\s+/g, " "))
      .join(", ");
    this.log.add("excluded", r, groupCol, "warning", "registerRowExcluded", { line: r + origin.row + 1, ...(name ? { name } : {}) });
  }

  /** The rows from `first` on. */
  readRows(first: number): void {
    const { cells, reportSerial, reader, rows, members, statuses } = this;
    const { groupCol, excluded, memberKind } = this.options;
    const { date: dateCol, status: statusCol, officer: officerCol } = this.layout.columns;
    const originRow = this.options.origin.row;
    const groupsByOfficer = groupCol === officerCol;
    let rowsRead = 0;
    let afterReportDate = 0;
    let unclassified = 0;
    for (let r = first; r < cells.length; r++) {
      const row = cells[r];
      if (!row) continue;
      const dateCell = row[dateCol];
      // The date is one of the case columns: a row with a date is not blank, whatever else it holds.
      if (isBlank(dateCell) && rows.isBlankRow(row)) continue;
      const nameCell = row[groupCol];
      const known = typeof nameCell === "string" ? members.byString[nameCell] : undefined;
      // A name already met in the officer column is not a total label: its row was not a total row.
      if (rows.isTotalRow(row, known !== undefined && groupsByOfficer)) continue;
      if (excluded.size > 0 && excluded.has(r + originRow)) {
        this.excludedRow(row, r);
        continue;
      }
      rowsRead++;
      const day =
        serialDay(dateCell) ?? (typeof dateCell === "string" ? reader.dayByString[dateCell] : undefined) ?? reader.readDay(dateCell, r, "date");
      this.flags.row(row, r, day);
      if (day !== undefined && day > reportSerial) {
        afterReportDate++;
        continue;
      }
      const statusCell = row[statusCol];
      const status =
        (typeof statusCell === "string" ? statuses.byString[statusCell] : statuses.byRaw.get(statusCell)) ?? statuses.statusOf(statusCell, r);
      status.entry.count++;
      if (status.encoding !== undefined) this.legacy.add(status.encoding, r, statusCol);
      if (status.index < 0) unclassified++;
      if (day === undefined) continue;
      const acc = known ?? (typeof nameCell === "string" ? undefined : members.byRaw.get(nameCell)) ?? members.memberOf(nameCell, r);
      if (members.hasLegacyNames && typeof nameCell === "string") {
        const encoding = members.encodingOf[nameCell];
        if (encoding !== undefined) this.legacy.add(encoding, r, groupCol);
      }
      if (acc.name === members.noName) {
        this.log.add("noMember", r, groupCol, "warning", "registerNoMember", { memberKind, name: members.noName });
      }
      this.addCase(acc, row, r, day, status.index, status.entry.text);
    }
    this.flags.finish();
    this.legacy.finish();
    this.rowsRead = rowsRead;
    this.afterReportDate = afterReportDate;
    this.unclassified = unclassified;
  }

  /**
   * The category index of a case at the report date, by its result date (issue 12): a closed case
   * that ended before the statistical year is EARLIER_YEAR, one that ended after the report date
   * STILL_OPEN; otherwise its status's index i. Without a result-date column, the status as it is.
   */
  private indexAtReportDate(row: unknown[], r: number, day: number, i: number, status: string): number {
    const col = this.layout.columns.resultDate;
    if (col === undefined || i < 0) return i;
    const cell = row[col];
    if (isBlank(cell)) {
      if (CLOSING[i]) this.flags.closedWithoutResultDate(r);
      return i;
    }
    const end = serialDay(cell) ?? (typeof cell === "string" ? this.reader.dayByString[cell] : undefined) ?? this.reader.readDay(cell, r, "resultDate", false);
    if (end === undefined) return i;
    if (end < day) this.flags.resultBeforeAccepted(r, end, day);
    if (!CLOSING[i]) {
      this.flags.resultOnOpenCase(r, status);
      return i;
    }
    if (end < this.yearStartSerial) return EARLIER_YEAR;
    return end > this.reportSerial ? STILL_OPEN : i;
  }

  /** A case accepted by the report date added to its member's sums; i is its status's index (-1: unclassified). */
  private addCase(acc: Accumulator, row: unknown[], r: number, day: number, status: number, text: string): void {
    const { amount: amountCol, collected: collectedCol, terminatedAmount: terminatedCol } = this.layout.columns;
    const amountCell = row[amountCol];
    const amount = typeof amountCell === "number" && amountCell >= 0 ? amountCell : this.reader.readAmount("amount", r);
    const collectedCell = row[collectedCol];
    let collected = typeof collectedCell === "number" && collectedCell >= 0 ? collectedCell : this.reader.readAmount("collected", r);
    this.flags.amounts(r, status === COMPLETED, amount, collected);
    let i = this.indexAtReportDate(row, r, day, status, text);
    if (i === EARLIER_YEAR) {
      this.earlierYear++;
      return;
    }
    if (i === STILL_OPEN) {
      i = IN_PROGRESS;
      collected = 0;
    }
    if (day < this.yearStartSerial) {
      acc.carriedOver++;
      acc.carriedOverAmount += amount;
    } else {
      acc.newlyAccepted++;
      acc.newlyAcceptedAmount += amount;
    }
    if (i < 0) return;
    acc.cases[i]++;
    acc.amount[i] += amount;
    acc.collected[i] += collected;
    if (i === TERMINATED) {
      const filled = terminatedCol !== undefined && !isBlankCell(row[terminatedCol]);
      acc.terminatedAmount += filled ? this.reader.readAmount("terminatedAmount", r) : Math.max(0, amount - collected);
    }
  }
}
