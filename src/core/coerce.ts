/**
 * Custom-function arguments → what the core computes with: one reader per kind of argument
 * (the table of kinds is in src/functions/arguments.ts, which reads every THADS argument through
 * these). The pane and the command read targets with readFraction too, so "0,815", "81,5",
 * "81,5%" and 0.815 are 81,5% everywhere.
 *
 * What Excel passes for an argument of type "any": numbers, strings, booleans; a blank cell as ""
 * (or 0, or null, depending on the host); an omitted optional argument as null (or undefined: the
 * TypeScript default of a parameter never applies); a range as a 2-D array, rows of cells.
 * Every reader returns a ThadsError whose problem names the argument (`arg`, its label in the
 * caller's language, e.g. "done (thi hành xong)") and carries the offending value raw; a reader
 * never throws, and never yields NaN or Infinity.
 */
import { Result, isError, valueError } from "./errors";
import { isBlankCell, parseNumberText, toFraction, clean } from "./numbers";
import { CivilDate, parseDate } from "./periods";
import { shownValue } from "../i18n/shown";

/** One cell (or scalar argument) of a count or amount. row < 0 for a scalar argument. */
function readAmountCell(v: unknown, arg: string, row: number, col: number): Result<number> {
  let n: number | undefined;
  if (typeof v === "number") n = v;
  else if (isBlankCell(v)) return 0;
  else if (typeof v === "string") n = parseNumberText(v);
  if (n !== undefined && Number.isFinite(n) && n >= 0) return n;
  const cell = row < 0 ? {} : { row: row + 1, col: col + 1 };
  const code = n === undefined || !Number.isFinite(n) ? "functionsNotANumber" : "functionsNegative";
  return valueError({ code, params: { arg, value: shownValue(v), ...cell } });
}

/**
 * A count of cases or an amount of money (nghìn đồng): a number, a cell, or a range, summed.
 * Blank cells count as 0; numeric text counts; other text, booleans and negatives are errors.
 */
export function readAmount(v: unknown, arg: string): Result<number> {
  if (!Array.isArray(v)) return readAmountCell(v, arg, -1, -1);
  const single = v.length === 1 && Array.isArray(v[0]) && v[0].length === 1;
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const row: unknown = v[i];
    const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
    for (let j = 0; j < cells.length; j++) {
      // No shortcut for the blanks of a long range: V8 inlines the cell reader, and bench 1b (a
      // million-row column) runs as fast with it as with a hand-inlined test.
      const n = readAmountCell(cells[j], arg, single ? -1 : i, j);
      if (isError(n)) return n;
      sum += n;
    }
  }
  return clean(sum);
}

/** The single value of a scalar argument; a 1×1 range counts as its cell. */
function scalarOf(v: unknown): unknown {
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
}

/**
 * A rate or target as a fraction. Numbers: at most 1 is a fraction (0.815, or a cell formatted
 * 81,5%), above 1 and at most 100 is a number of percent (81.5). Text: "81,5%" is a percent,
 * "0,815" or "81,5" are read like numbers. Anything outside 0..100% is an error.
 */
export function readFraction(value: unknown, arg: string): Result<number> {
  const v = scalarOf(value);
  let fraction: number | undefined;
  if (typeof v === "number") fraction = toFraction(v);
  else if (typeof v === "string" && !isBlankCell(v)) {
    const n = parseNumberText(v);
    if (n === undefined) return valueError({ code: "functionsNotAFraction", params: { arg, value: v } });
    // "150%" is already divided by 100: it must not be read again as 1.5 percent.
    fraction = v.trim().endsWith("%") ? (n >= 0 && n <= 1 ? n : undefined) : toFraction(n);
  } else if (isBlankCell(v)) {
    return valueError({ code: "functionsFractionBlank", params: { arg } });
  } else {
    return valueError({ code: "functionsNotAFraction", params: { arg, value: shownValue(v) } });
  }
  if (fraction === undefined) {
    return valueError({ code: "functionsFractionOutOfRange", params: { arg, value: shownValue(v) } });
  }
  return fraction;
}

/** A date: an Excel serial (a date cell), a Date, or text day first ("31/08/2021"). */
export function readDateArg(value: unknown, arg: string): Result<CivilDate> {
  const v = scalarOf(value);
  if (isBlankCell(v)) return valueError({ code: "functionsDateBlank", params: { arg } });
  return parseDate(v) ?? valueError({ code: "functionsArgNotADate", params: { arg, text: String(v) } });
}

/** The length of a period in months, 1…12; undefined when the argument is omitted or blank. */
export function readMonths(value: unknown, arg: string): Result<number | undefined> {
  const v = scalarOf(value);
  if (isBlankCell(v)) return undefined;
  const n = typeof v === "number" ? v : typeof v === "string" ? parseNumberText(v) : undefined;
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 12) {
    return valueError({ code: "functionsNotMonths", params: { arg, value: shownValue(v) } });
  }
  return n;
}

/** An on/off switch; omitted or blank is off. */
export function readSwitch(value: unknown, arg: string): Result<boolean> {
  const v = scalarOf(value);
  if (typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v !== 0;
  if (isBlankCell(v)) return false;
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    if (t === "true") return true;
    if (t === "false") return false;
  }
  return valueError({ code: "functionsNotASwitch", params: { arg, value: shownValue(v) } });
}

/** A range argument as rows of cells, the way Excel passes a matrix: a lone value is a 1×1 range. */
export function asRows(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  // Excel's rows are all arrays or none is: looking at the first keeps a million-row column cheap.
  return v.length === 0 || Array.isArray(v[0]) ? (v as unknown[][]) : [v];
}

/** Non-empty text; a number is taken as its text. */
export function readText(value: unknown, arg: string): Result<string> {
  const v = scalarOf(value);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "string" && v.trim() !== "") return v;
  if (isBlankCell(v)) return valueError({ code: "functionsTextBlank", params: { arg } });
  return valueError({ code: "functionsNotText", params: { arg, value: shownValue(v) } });
}
