/**
 * The entry mistakes offices look for in a register (DOMAIN.md, registers over time), each naming
 * its cell(s): the same decision number twice, an accepted date in the future, more collected than
 * owed, a completed case still owing, a result date before the accepted date or on an open case, a
 * closed case without its result date.
 */
import { problem } from "../../i18n/problem";
import { serialToDate, type CivilDate } from "../periods";
import { yearOfDay } from "./dayYear";
import { collapsed, DecisionNumbers } from "./decisions";
import { isBlank } from "./rows";
import type { IssueLog, Tally } from "./issueLog";
import type { RegisterColumns } from "./recognize";

const day = (serial: number): CivilDate => serialToDate(serial)!;

export class RedFlags {
  private readonly decisions = new DecisionNumbers();
  /** the count of duplicate numbers in the log, once one is met */
  private duplicates: Tally | undefined;
  private closedWithoutResult = 0;
  private firstClosedWithout: { r: number; c: number } | undefined;

  constructor(
    private readonly log: IssueLog,
    private readonly cols: RegisterColumns,
    private readonly todaySerial: number,
  ) {}

  /** What a row shows before its period is known: its decision number met before, its date in the future. */
  row(row: unknown[], r: number, acceptedDay: number | undefined): void {
    const c = this.cols.decisionNumber;
    if (c !== undefined && !isBlank(row[c])) this.decision(row[c], r, c, acceptedDay);
    if (acceptedDay !== undefined && acceptedDay > this.todaySerial) {
      this.log.add("registerAcceptedInFuture", r, this.cols.date, "warning", "registerAcceptedInFuture", { date: day(acceptedDay) });
    }
  }

  /** A decision number met before in the year of its date is a warning naming both cells. */
  private decision(raw: unknown, r: number, c: number, acceptedDay: number | undefined): void {
    const typed = typeof raw === "string" ? raw : String(raw);
    // Rows without a readable date are one year of their own (0).
    const first = this.decisions.firstRow(typed, acceptedDay === undefined ? 0 : yearOfDay(acceptedDay), r);
    if (first === r) return;
    this.duplicates ??= this.log.tally("registerDuplicateDecision", "warning", "registerDuplicateDecision");
    if (this.log.listed(this.duplicates)) {
      const p = problem("registerDuplicateDecision", { number: collapsed(typed), other: this.log.addr(first, c) });
      this.log.addAt(r, c, "warning", p);
    }
  }

  /** Collected above the amount (an error: one of the two is wrong); a completed case still owing. */
  amounts(r: number, completed: boolean, amount: number, collected: number): void {
    const c = this.cols.collected;
    if (collected > amount) this.log.add("over", r, c, "error", "registerCollectedOver", { collected, amount });
    else if (completed && collected < amount) this.log.add("registerCompletedOwing", r, c, "warning", "registerCompletedOwing", { collected, amount });
  }

  /** A result date before the accepted date: an error, the row is wrong until fixed or left out. */
  resultBeforeAccepted(r: number, resultDay: number, acceptedDay: number): void {
    const acceptedCell = this.log.addr(r, this.cols.date);
    const params = { result: day(resultDay), accepted: day(acceptedDay), acceptedCell };
    this.log.add("registerResultBeforeAccepted", r, this.cols.resultDate!, "error", "registerResultBeforeAccepted", params);
  }

  resultOnOpenCase(r: number, status: string): void {
    this.log.add("registerResultOnOpenCase", r, this.cols.resultDate!, "warning", "registerResultOnOpenCase", { status });
  }

  /** A closed case without a result date: counted, one warning for all of them at the end. */
  closedWithoutResultDate(r: number): void {
    if (this.closedWithoutResult++ === 0) this.firstClosedWithout = { r, c: this.cols.resultDate! };
  }

  finish(): void {
    const first = this.firstClosedWithout;
    if (!first) return;
    const p = problem("registerClosedWithoutResultDate", { count: this.closedWithoutResult, first: this.log.addr(first.r, first.c) });
    this.log.addAt(first.r, first.c, "warning", p);
  }
}
