/**
 * A recognised sheet read for the period its own title names, as the year's reports need it: last
 * year's table is read for last year's period, each month's table for its month. The command, the
 * pane and the web page all read their sheets through here, so a sheet gives the same month (and
 * the same messages) whoever reads it.
 */
import { periodInTitleRows, type TitleCellPeriod } from "../periodName";
import type { CivilDate } from "../periods";
import type { StatusCount } from "../register/aggregate";
import type { Recognized } from "../source";
import { defaultReportDate, type SheetChoices, statisticsOf } from "../statistics";
import type { StatTable } from "../table/model";
import type { MonthTable } from "./trend";

export interface TitledStatistics {
  sheetName: string;
  kind: Recognized["kind"];
  table: StatTable;
  /** the date it was read for: the one given, else the end of the period its title names, else the fallback */
  reportDate: CivilDate;
  /** table only: the period its title rows (every row above its header) name */
  titlePeriod?: TitleCellPeriod;
  /** register only: each distinct status, how it was classified and how many rows carry it */
  statuses?: StatusCount[];
}

export interface TitledChoices extends Omit<SheetChoices, "reportDate"> {
  /** the date given by the user; else `fallback` when the title names no period */
  date?: CivilDate;
  fallback: CivilDate;
}

/** The period a table's title rows (every row above its header) name; undefined for a register. */
export function titlePeriodOf(found: Recognized): TitleCellPeriod | undefined {
  const { grid } = found;
  return found.kind === "table" ? periodInTitleRows(grid.cells, found.layout.headerRows.first, { sheetName: grid.sheetName, origin: grid.origin }) : undefined;
}

/** The statistics of a recognised sheet, read for its own title's period unless a date is given. */
export function titledStatistics(found: Recognized, choices: TitledChoices): TitledStatistics {
  const { grid } = found;
  const { date, fallback, ...sheetChoices } = choices;
  const reportDate = date ?? defaultReportDate(found, fallback);
  const { kind, table, statuses } = statisticsOf(found, { ...sheetChoices, reportDate });
  const titlePeriod = titlePeriodOf(found);
  return { sheetName: grid.sheetName, kind, table, reportDate, ...(statuses ? { statuses } : {}), ...(titlePeriod ? { titlePeriod } : {}) };
}

/**
 * A table as a month of the trend: named by its sheet (one workbook of monthly sheets), or by its
 * file when each month is a file of its own (`file`: its name, with extension).
 */
export function monthTableOf(t: Pick<TitledStatistics, "sheetName" | "table" | "titlePeriod">, file?: string): MonthTable {
  const title = t.titlePeriod ? { title: t.titlePeriod } : {};
  if (file === undefined) return { table: t.table, name: t.sheetName, source: t.sheetName, ...title };
  return { table: t.table, name: file.replace(/\.[^.]*$/, ""), source: `${file} › ${t.sheetName}`, book: file, ...title };
}
