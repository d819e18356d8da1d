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
import type { CellOrigin, RegisterLayout } from "./recognize";
import { isBlank, RowKinds } from "./rows";
import { StatusIndex } from "./statusIndex";
import type { StatusCategory } from "./status";

const TERMINATED = INDEX.terminated;

export interface PassOptions {
  reportDate: CivilDate;
  reclassified: Record<string, StatusCategory>;
  memberKind: MemberKind;
  groupCol: number;
  sheetName: string | undefined;
  origin: CellOrigin;
  /** absolute sheet rows the user left out */
  excluded: ReadonlySet<number>;
}

export class RegisterPass {
  readonly log: IssueLog;
  readonly members: MemberIndex;
  readonly statuses: StatusIndex;
  private readonly reader: CellReader;
  private readonly rows: RowKinds;
  private readonly reportSerial: number;
  private readonly yearStartSerial: number;
  rowsRead = 0;
  afterReportDate = 0;
  unclassified = 0;

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
      if (day !== undefined && day > reportSerial) {
        afterReportDate++;
        continue;
      }
      const statusCell = row[statusCol];
      const status =
        (typeof statusCell === "string" ? statuses.byString[statusCell] : statuses.byRaw.get(statusCell)) ?? statuses.statusOf(statusCell, r);
      status.entry.count++;
      if (status.index < 0) unclassified++;
      if (day === undefined) continue;
      const acc = known ?? (typeof nameCell === "string" ? undefined : members.byRaw.get(nameCell)) ?? members.memberOf(nameCell, r);
      if (acc.name === members.noName) {
        this.log.add("noMember", r, groupCol, "warning", "registerNoMember", { memberKind, name: members.noName });
      }
      this.addCase(acc, row, r, day, status.index);
    }
    this.rowsRead = rowsRead;
    this.afterReportDate = afterReportDate;
    this.unclassified = unclassified;
  }

  /** A case of the period added to its member's sums; i is its status's index (-1: unclassified). */
  private addCase(acc: Accumulator, row: unknown[], r: number, day: number, i: number): void {
    const { amount: amountCol, collected: collectedCol, terminatedAmount: terminatedCol } = this.layout.columns;
    const amountCell = row[amountCol];
    const amount = typeof amountCell === "number" && amountCell >= 0 ? amountCell : this.reader.readAmount("amount", r);
    const collectedCell = row[collectedCol];
    const collected = typeof collectedCell === "number" && collectedCell >= 0 ? collectedCell : this.reader.readAmount("collected", r);
    if (collected > amount) {
      this.log.add("over", r, collectedCol, "warning", "registerCollectedOver", { collected, amount });
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
