import { Result, valueError } from "./errors";
import { FORMATS } from "../i18n/format";
import { functionWords } from "../i18n/functionWords";
import type { Lang } from "../i18n/lang";

/**
 * The statistical year (niên độ) runs 1 October – 30 September; "năm 2021" is 1/10/2020 – 30/9/2021.
 * Report periods are cumulative from 1 October: "1 tháng" … "12 tháng".
 */
export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number;
}

export interface Period {
  fiscalYear: number;
  /** months since 1 October, 1..12 */
  months: number;
  start: CivilDate;
  end: CivilDate;
}

const MS_PER_DAY = 86400000;
// Excel's day 0 is 1899-12-30 for serials after its fictitious 29/2/1900 (serial 60).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: CivilDate): boolean {
  return (
    Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day) &&
    d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month)
  );
}

/** Excel serial (1 = 1/1/1900) → calendar date. */
export function serialToDate(serial: number): CivilDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  // Serials below 61 are one day off because Excel counts a 29/2/1900 that never was.
  const ms = EXCEL_EPOCH + (whole < 61 ? whole + 1 : whole) * MS_PER_DAY;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Calendar date → Excel serial. */
export function dateToSerial(d: CivilDate): number {
  const days = Math.round((Date.UTC(d.year, d.month - 1, d.day) - EXCEL_EPOCH) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Text dates are day first (31/08/2021, 31-8-2021, 31.08.2021); ISO 2021-08-31 is accepted too. */
export function parseDateText(text: string): CivilDate | undefined {
  const s = text.trim();
  let m = DMY.exec(s);
  let d: CivilDate | undefined;
  if (m) d = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  else if ((m = ISO.exec(s))) d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return d && isValidDate(d) ? d : undefined;
}

const DMY_TWO_DIGIT_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/;

/**
 * A text date with a two-digit year ("7-4-21", "07/04/21"): day first, as every date here, and in
 * the 2000s (20yy: no office keeps a register from the 1900s); undefined for any other text.
 * The caller warns: the reading is a guess the user should see.
 */
export function parseTwoDigitYearDate(text: string): CivilDate | undefined {
  const m = DMY_TWO_DIGIT_YEAR.exec(text.trim());
  const d = m ? { day: Number(m[1]), month: Number(m[2]), year: 2000 + Number(m[3]) } : undefined;
  return d && isValidDate(d) ? d : undefined;
}

/** Days from Excel's 1900 date system to its 1904 one (Mac workbooks): serial 0 of 1904 is 1/1/1904. */
export const DAYS_1900_TO_1904 = 1462;

/** A date argument or cell: an Excel serial, a JS Date, or day-first text; undefined when it is none. */
export function parseDate(v: unknown): CivilDate | undefined {
  if (typeof v === "number") return serialToDate(v);
  if (v instanceof Date && !isNaN(v.getTime())) {
    return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
  }
  return typeof v === "string" ? parseDateText(v) : undefined;
}

/** parseDate, or an error naming the date by `what` (a column's header, as the sheet writes it). */
export function readDate(v: unknown, what: string): Result<CivilDate> {
  return parseDate(v) ?? valueError({ code: "functionsNotADate", params: { what, text: String(v) } });
}

/** The statistical year containing a date: 1/10/2020 and 30/9/2021 both give 2021. */
export function fiscalYearOf(d: CivilDate): number {
  return d.month >= 10 ? d.year + 1 : d.year;
}

/** Month of the statistical year: October 1 … September 12. */
export function periodMonthOf(d: CivilDate): number {
  return d.month >= 10 ? d.month - 9 : d.month + 3;
}

/** The cumulative period ending with the month of a date. */
export function periodOf(d: CivilDate): Period {
  const fiscalYear = fiscalYearOf(d);
  return {
    fiscalYear,
    months: periodMonthOf(d),
    start: { year: fiscalYear - 1, month: 10, day: 1 },
    end: { year: d.year, month: d.month, day: daysInMonth(d.year, d.month) },
  };
}

/** Months left in the statistical year after the period. */
export function monthsRemaining(p: Period): number {
  return 12 - p.months;
}

/** "11 tháng năm 2021" · "11 months of statistical year 2021" */
export function periodName(p: Period, lang: Lang = "vi"): string {
  return functionWords(lang).periodName(p.months, p.fiscalYear);
}

/** "11 tháng năm 2021 (01/10/2020 – 31/08/2021)" */
export function periodLabel(p: Period, lang: Lang = "vi"): string {
  const date = FORMATS[lang].date;
  return `${periodName(p, lang)} (${date(p.start)} – ${date(p.end)})`;
}

/** The end of the last complete month before a day: the report date offered by default. */
export function lastCompleteMonthEnd(today: CivilDate): CivilDate {
  const year = today.month === 1 ? today.year - 1 : today.year;
  const month = today.month === 1 ? 12 : today.month - 1;
  return { year, month, day: daysInMonth(year, month) };
}

export function isoDate(d: CivilDate): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.year}-${p(d.month)}-${p(d.day)}`;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
