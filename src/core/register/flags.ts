/**
 * The entry mistakes offices look for in a register (DOMAIN.md, registers over time), each naming
 * its cell(s): the same decision number twice, an accepted date in the future, more collected than
 * owed, a completed case still owing, a result date before the accepted date or on an open case, a
 * closed case without its result date.
 */
import { problem } from "../../i18n/problem";
import { serialToDate, type CivilDate } from "../periods";
import { isBlankCell } from "../numbers";
import type { IssueLog } from "./issueLog";
import type { RegisterColumns } from "./recognize";

const day = (serial: number): CivilDate => serialToDate(serial)!;

export class RedFlags {
  /**
   * year of the date → decision number (trimmed, spaces collapsed, upper case) → the grid row of its
   * first cell: offices number decisions afresh each year, so 12/QĐ of 2020 and of 2021 are two.
   * Asked of every row, so rows (not addresses) are kept and a day's year is worked out once.
   */
  private readonly decisions = new Map<number, Map<string, number>>();
  /** a day → the numbers of its year (one lookup per row) */
  private readonly numbersOfDay = new Map<number, Map<string, number>>();
  /** a number cell's text → its key (texts in an object without a prototype, as the other per-cell caches) */
  private readonly keyOf: Record<string, string | undefined> = Object.create(null);
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
    if (c !== undefined && !isBlankCell(row[c])) this.decision(row[c], r, c, acceptedDay);
    if (acceptedDay !== undefined && acceptedDay > this.todaySerial) {
      this.log.add("registerAcceptedInFuture", r, this.cols.date, "warning", "registerAcceptedInFuture", { date: day(acceptedDay) });
    }
  }

  /** A decision number met before in the year of its date is a warning naming both cells. */
  private decision(raw: unknown, r: number, c: number, acceptedDay: number | undefined): void {
    const typed = typeof raw === "string" ? raw : String(raw);
    let key = this.keyOf[typed];
    if (key === undefined) this.keyOf[typed] = key = typed.trim().replace(/\s+/g, " ").toUpperCase();
    const d = acceptedDay ?? 0;
    let numbers = this.numbersOfDay.get(d);
    if (numbers === undefined) {
      const year = acceptedDay === undefined ? 0 : day(acceptedDay).year;
      numbers = this.decisions.get(year) ?? new Map<string, number>();
      this.decisions.set(year, numbers);
      this.numbersOfDay.set(d, numbers);
    }
    const first = numbers.get(key);
    if (first === undefined) numbers.set(key, r);
    else if (this.log.counted("registerDuplicateDecision", "warning", "registerDuplicateDecision")) {
      const p = problem("registerDuplicateDecision", { number: typed.trim().replace(/\s+/g, " "), other: this.log.addr(first, c) });
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
