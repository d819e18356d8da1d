/**
 * The sheets of an open workbook as the year's reports see them: which hold a statistics table or a
 * register, and the period each names (its title's, else its sheet name's, as the trend places a
 * month). The pane lists them to pick the same period of last year, and offers the trend when two
 * tables or more name their month.
 */
import { periodInSheetName } from "../periodName";
import type { Period } from "../periods";
import type { Recognized } from "../source";
import { titlePeriodOf } from "./titled";

export interface YearSheet {
  sheetName: string;
  kind: Recognized["kind"];
  /** the period its title names, else its sheet name ("T8-2020") */
  period?: Period;
  /** a sheet named by its month only ("T10"): the month, its year that of the other tables */
  month?: number;
}

export function yearSheetOf(found: Recognized): YearSheet {
  const sheetName = found.grid.sheetName;
  const title = titlePeriodOf(found);
  if (title?.kind === "period") return { sheetName, kind: found.kind, period: title.period };
  const named = periodInSheetName(sheetName);
  if (named?.kind === "period") return { sheetName, kind: found.kind, period: named.period };
  return { sheetName, kind: found.kind, ...(named?.kind === "month" ? { month: named.month } : {}) };
}

/** Months since 1 October (October = 1) of a sheet placed by month. */
const monthIndex = (s: YearSheet) => s.period?.months ?? (s.month! >= 10 ? s.month! - 9 : s.month! + 3);

/** The tables the trend can place by month (period or month known), in the order of their months. */
export function monthSheets(sheets: readonly YearSheet[]): YearSheet[] {
  const placed = sheets.filter((s) => s.kind === "table" && (s.period !== undefined || s.month !== undefined));
  return placed.sort((a, b) => (a.period?.fiscalYear ?? 0) - (b.period?.fiscalYear ?? 0) || monthIndex(a) - monthIndex(b));
}
