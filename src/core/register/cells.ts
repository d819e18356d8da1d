/**
 * Reading the cells of a register other than the usual ones (a serial date, an amount as a number):
 * date texts and Date values, amounts typed as text. Every cell not read exactly is an issue naming it.
 */
import { isError } from "../errors";
import { isBlankCell, readNumberCell } from "../numbers";
import { dateToSerial, parseTwoDigitYearDate, readDate } from "../periods";
import type { IssueLog } from "./issueLog";
import type { RegisterField, RegisterLayout } from "./recognize";

const DMY_PARTS = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** The day number of a serial date cell, or undefined when the cell is not one. */
export function serialDay(v: unknown): number | undefined {
  return typeof v === "number" && v >= 1 && v < 2958466 ? Math.floor(v) : undefined;
}

export class CellReader {
  // Date texts and Date values repeat (a register spans a few hundred days): each is read once.
  readonly dayByString: Record<string, number | undefined> = Object.create(null);
  private readonly dayByTime = new Map<number, number>();

  constructor(
    private readonly cells: unknown[][],
    private readonly layout: Pick<RegisterLayout, "columns" | "headers">,
    readonly log: IssueLog,
  ) {}

  header(field: RegisterField): string {
    return this.layout.headers[field] ?? "";
  }

  /**
   * The day number (Excel serial) of a date cell of `field` other than a serial (a text, a Date…),
   * or undefined after listing the problem. A blank cell is an error only when `required`.
   */
  readDay(v: unknown, r: number, field: RegisterField, required = true): number | undefined {
    const c = this.layout.columns[field]!;
    const time = v instanceof Date ? v.getTime() : undefined;
    const known = typeof v === "string" ? this.dayByString[v] : time === undefined ? undefined : this.dayByTime.get(time);
    if (known !== undefined) return known;
    const log = this.log;
    if (isBlankCell(v)) {
      if (required) log.add(`registerDateBlank:${field}`, r, c, "error", "registerDateBlank", { header: this.header(field) });
      return undefined;
    }
    const parts = typeof v === "string" ? DMY_PARTS.exec(v) : null;
    if (parts && Number(parts[2]) > 12) {
      const month = Number(parts[2]);
      log.add(`registerMonthOver12:${field}`, r, c, "error", "registerMonthOver12", { text: String(v), month, swapped: Number(parts[1]) <= 12 });
      return undefined;
    }
    // "7-4-21": read day first in the 2000s, said for each cell (not kept in dayByString, which would hide the next).
    const short = typeof v === "string" ? parseTwoDigitYearDate(v) : undefined;
    if (short) {
      log.add(`registerTwoDigitYear:${field}`, r, c, "warning", "registerTwoDigitYear", { text: v as string, date: short });
      return dateToSerial(short);
    }
    const d = readDate(v, this.header(field));
    if (isError(d)) {
      log.add(`registerDateUnreadable:${field}`, r, c, "error", "registerDateUnreadable", { text: String(v), header: this.header(field) });
      return undefined;
    }
    const day = dateToSerial(d);
    if (typeof v === "string") this.dayByString[v] = day;
    else if (time !== undefined) this.dayByTime.set(time, day);
    return day;
  }

  /** An amount cell in the register's unit; blank is 0; text numbers are read with a warning. */
  readAmount(field: RegisterField, r: number): number {
    const c = this.layout.columns[field]!;
    const v = this.cells[r][c];
    if (typeof v === "number" && v >= 0) return v;
    const n = readNumberCell(v);
    const header = this.header(field);
    if (n === undefined) {
      this.log.add(`nan:${field}`, r, c, "error", "registerNotANumber", { text: String(v), header });
      return 0;
    }
    if (n.value < 0) {
      this.log.add(`negative:${field}`, r, c, "error", "registerNegative", { value: n.value, header });
      return 0;
    }
    if (n.fromText) this.log.add(`text:${field}`, r, c, "warning", "registerTextNumber", { text: String(v), value: n.value });
    return n.value;
  }
}
