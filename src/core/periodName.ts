/**
 * The report period a text names: a table's title lines ("Báo cáo kết quả thi hành án dân sự 11 tháng
 * năm 2021", "Từ ngày 01/10/2020 đến ngày 31/08/2021", "Tháng 8/2021", "6 tháng đầu năm 2024") or a
 * sheet or file name ("T10-2020", "Tháng 10/2020", "T10"). Periods are cumulative from 1 October (see
 * periods.ts): "năm 2021" is the statistical year 1/10/2020 – 30/9/2021, never the calendar year.
 *
 * Texts are read folded (foldText: no diacritics, no case, punctuation as spaces), so "Tháng 8/2021",
 * "THANG 8-2021" and "tháng 08 năm 2021" read alike. A text naming something that is not a cumulative
 * period ("6 tháng cuối năm", a range not starting on 1 October, a date not at a month's end) is
 * reported as such, never rounded to the nearest period: a wrong period is a wrong report.
 */
import type { Origin } from "./grid";
import { sheetCellAddress } from "./address";
import { CivilDate, daysInMonth, isValidDate, Period, periodOf } from "./periods";
import { foldText } from "./text";

/** What one text says about the period. */
export type PeriodMention =
  /** a cumulative period, exactly */
  | { kind: "period"; period: Period }
  /** only the statistical year ("Báo cáo năm 2021"): the year-end period, months unknown in a title */
  | { kind: "year"; fiscalYear: number }
  /** something period-like that is no cumulative period: the folded words, for a message */
  | { kind: "other"; words: string };

/** What a table's title lines say: one period, none, or periods that disagree. */
export type TitlePeriod =
  | { kind: "period"; period: Period; /** index of the line that named it */ line: number }
  | { kind: "none" }
  /** two lines (or two parts of one) name different periods: no period is taken */
  | { kind: "conflict"; periods: [Period, Period]; lines: [number, number] }
  /** the only period-like words are not a cumulative period */
  | { kind: "other"; words: string; line: number };

/** The cumulative period of `months` months (1..12) of a statistical year: 11, 2021 → 01/10/2020 – 31/08/2021. */
export function periodOfMonths(fiscalYear: number, months: number): Period {
  const month = months <= 3 ? months + 9 : months - 3;
  const year = months <= 3 ? fiscalYear - 1 : fiscalYear;
  return periodOf({ year, month, day: daysInMonth(year, month) });
}

/** The period ending with a calendar month: 8, 2021 → 11 tháng năm 2021. */
export function periodOfCalendarMonth(month: number, year: number): Period {
  return periodOf({ year, month, day: 1 });
}

/** The period ending with a calendar month of a statistical year: October of 2021 is October 2020. */
export function periodOfMonthInYear(month: number, fiscalYear: number): Period {
  return periodOfCalendarMonth(month, month >= 10 ? fiscalYear - 1 : fiscalYear);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.fiscalYear === b.fiscalYear && a.months === b.months;
}

const YEAR = "((?:19|20)\\d\\d)";
const DAY_MONTH = "(\\d{1,2})";
/** A date as folded text: "31 08 2021" (from 31/08/2021) or "31 thang 8 nam 2021" (both words, as written out). */
const DATE = `${DAY_MONTH} (?:thang ${DAY_MONTH} nam|${DAY_MONTH}) ${YEAR}`;
const DATE_RE = new RegExp(`(?:^| )(?:(tu|den|toi)(?: het)?(?: ngay)? )?(?:ngay )?${DATE}(?= |$)`, "g");
/** "11 thang nam 2021", "6 thang dau nam 2024", "9 thang 2021" */
const MONTHS_RE = new RegExp(`(?:^| )(\\d{1,2}) thang (?:dau )?(?:nam )?${YEAR}(?= |$)`);
/** "thang 8 2021", "thang 08 nam 2021" */
const MONTH_RE = new RegExp(`(?:^| )thang (\\d{1,2}) (?:nam )?${YEAR}(?= |$)`);
const YEAR_RE = new RegExp(`(?:^| )nam ${YEAR}(?= |$)`);
/** Words that name a part of the year that is not cumulative from 1 October. */
const OTHER_RE = /(?:^| )(quy [ivx1-4]+|(?:\d{1,2} )?thang cuoi nam)(?= |$)/;

interface Dates {
  start?: CivilDate;
  end?: CivilDate;
  /** the folded text of every date read, so what is left can be read for months */
  rest: string;
}

/**
 * The dates of a folded line: "tu (ngay) D M Y" is the start, "den (het) (ngay) D M Y" the end; two
 * dates in a row with no word ("01 10 2020 31 08 2021", from "01/10/2020 - 31/08/2021") are a range.
 * Other dates ("Hà Nội, ngày 05 tháng 9 năm 2021", the signing date) are no period and are dropped.
 */
function datesOf(folded: string): Dates {
  const found: { word?: string; date: CivilDate; at: number; endAt: number }[] = [];
  for (const m of folded.matchAll(DATE_RE)) {
    const date = { day: Number(m[2]), month: Number(m[3] ?? m[4]), year: Number(m[5]) };
    if (isValidDate(date)) found.push({ word: m[1], date, at: m.index ?? 0, endAt: (m.index ?? 0) + m[0].length });
  }
  const dates: Dates = { rest: folded };
  for (const [i, f] of found.entries()) {
    const next = found[i + 1];
    if (f.word === "tu") dates.start = f.date;
    else if (f.word === "den" || f.word === "toi") dates.end = f.date;
    else if (!f.word && next && !next.word && next.at === f.endAt) {
      dates.start = f.date;
      dates.end = next.date;
    }
  }
  for (const f of [...found].reverse()) dates.rest = `${dates.rest.slice(0, f.at)} ${dates.rest.slice(f.endAt)}`;
  return dates;
}

/** The period a start and end date span, if they span a cumulative one. */
function periodOfDates(dates: Dates): PeriodMention | undefined {
  const { start, end } = dates;
  if (!end) return start ? { kind: "other", words: dateWords(start) } : undefined;
  const period = periodOf(end);
  const atMonthEnd = end.day === daysInMonth(end.year, end.month);
  const fromOctober = !start || (start.day === 1 && start.month === 10 && start.year === period.fiscalYear - 1);
  if (atMonthEnd && fromOctober) return { kind: "period", period };
  return { kind: "other", words: `${start ? `${dateWords(start)} ` : ""}${dateWords(end)}` };
}

const dateWords = (d: CivilDate) => `${d.day}/${d.month}/${d.year}`;

/** What one title line (or any text) names, if anything. */
export function periodInText(text: string): PeriodMention | undefined {
  const dates = datesOf(foldText(text));
  const byDates = periodOfDates(dates);
  if (byDates) return byDates;
  const line = dates.rest;
  const other = OTHER_RE.exec(line);
  if (other) return { kind: "other", words: other[1] };
  const months = MONTHS_RE.exec(line);
  if (months) {
    const count = Number(months[1]);
    const fiscalYear = Number(months[2]);
    if (count < 1 || count > 12) return { kind: "other", words: months[0].trim() };
    return { kind: "period", period: periodOfMonths(fiscalYear, count) };
  }
  const month = MONTH_RE.exec(line);
  if (month) {
    const m = Number(month[1]);
    if (m < 1 || m > 12) return { kind: "other", words: month[0].trim() };
    return { kind: "period", period: periodOfCalendarMonth(m, Number(month[2])) };
  }
  const year = YEAR_RE.exec(line);
  if (year) return { kind: "year", fiscalYear: Number(year[1]) };
  return undefined;
}

/**
 * The period a table's title lines name. Lines naming the same period agree; a line naming only the
 * statistical year ("năm 2021") agrees with any period of that year and, alone, names the whole year
 * (12 tháng). Two different periods are a conflict: no period is taken, the caller warns.
 */
export function periodInLines(lines: readonly string[]): TitlePeriod {
  let found: { period: Period; line: number } | undefined;
  let year: { fiscalYear: number; line: number } | undefined;
  let other: { words: string; line: number } | undefined;
  for (const [line, text] of lines.entries()) {
    const mention = periodInText(text);
    if (!mention) continue;
    if (mention.kind === "other") other ??= { words: mention.words, line };
    else if (mention.kind === "year") year ??= { fiscalYear: mention.fiscalYear, line };
    else if (!found) found = { period: mention.period, line };
    else if (!samePeriod(found.period, mention.period)) {
      return { kind: "conflict", periods: [found.period, mention.period], lines: [found.line, line] };
    }
  }
  if (found && year && year.fiscalYear !== found.period.fiscalYear) {
    const whole = periodOfMonths(year.fiscalYear, 12);
    const [first, second] = year.line < found.line ? [whole, found.period] : [found.period, whole];
    return { kind: "conflict", periods: [first, second], lines: [Math.min(year.line, found.line), Math.max(year.line, found.line)] };
  }
  if (found) return { kind: "period", ...found };
  if (other) return { kind: "other", ...other };
  if (year) return { kind: "period", period: periodOfMonths(year.fiscalYear, 12), line: year.line };
  return { kind: "none" };
}

/** The title period with the address of the cell that named it ("Sheet1!A2"), for messages. */
export type TitleCellPeriod =
  | { kind: "period"; period: Period; where: string }
  | { kind: "none" }
  | { kind: "conflict"; periods: [Period, Period]; where: [string, string] }
  | { kind: "other"; words: string; where: string };

/**
 * The period named by the title rows of a grid (the rows above its header: `titleRows` of them),
 * each cell's text read line by line, cells left to right, rows top to bottom.
 */
export function periodInTitleRows(
  cells: readonly unknown[][],
  titleRows: number,
  opts: { sheetName?: string; origin?: Origin } = {},
): TitleCellPeriod {
  const lines: string[] = [];
  const where: string[] = [];
  for (let r = 0; r < Math.min(titleRows, cells.length); r++) {
    (cells[r] ?? []).forEach((v, c) => {
      if (typeof v !== "string") return;
      for (const line of v.split(/\r?\n/)) {
        lines.push(line);
        where.push(sheetCellAddress(opts.sheetName, r, c, opts.origin));
      }
    });
  }
  const found = periodInLines(lines);
  switch (found.kind) {
    case "none":
      return found;
    case "period":
      return { kind: "period", period: found.period, where: where[found.line] };
    case "other":
      return { kind: "other", words: found.words, where: where[found.line] };
    case "conflict":
      return { kind: "conflict", periods: found.periods, where: [where[found.lines[0]], where[found.lines[1]]] };
  }
}

/** What a sheet or file name says: a period, or only a calendar month ("T10") whose year is elsewhere. */
export type SheetNamePeriod = { kind: "period"; period: Period } | { kind: "month"; month: number };

/** "t10 2020", "thang 10 2020", "thang 10 nam 2020", "10 2020", "t10", "thang 10" (folded) */
const SHEET_MONTH_RE = new RegExp(`^(?:t|thang) ?(\\d{1,2})(?: (?:nam )?${YEAR})?$|^(\\d{1,2}) ${YEAR}$`);

/**
 * The period a sheet name ("T10-2020", "T10.2020", "Tháng 10/2020", "T10") or a file name without
 * its extension names. A name such as "11 tháng năm 2021" is read as a title.
 */
export function periodInSheetName(name: string): SheetNamePeriod | undefined {
  const folded = foldText(name);
  const m = SHEET_MONTH_RE.exec(folded);
  if (m) {
    const month = Number(m[1] ?? m[3]);
    const year = m[2] ?? m[4];
    if (month < 1 || month > 12) return undefined;
    return year === undefined ? { kind: "month", month } : { kind: "period", period: periodOfCalendarMonth(month, Number(year)) };
  }
  const mention = periodInText(name);
  return mention?.kind === "period" ? mention : undefined;
}
