/**
 * The pane's side of the year's reports over the open workbook: the other sheets looked at (each
 * recognised through the one core step), the sheet of last year read for its own period, and the
 * monthly tables read for the trend. Figures come from the core, as the command makes them; nothing
 * is computed here. Part of year.js (webpack.config.js), loaded once the pane is up.
 */
import type { ReportOptions } from "../core/report/options";
import { recognizeGrid, type Recognized } from "../core/source";
import type { StatTable } from "../core/table/model";
import { buildComparedReport, sameMonthsLastYearEnd, type ComparedReport } from "../core/year/comparedReport";
import { monthSheets, yearSheetOf, type YearSheet } from "../core/year/sheets";
import { monthTableOf, titledStatistics } from "../core/year/titled";
import { buildTrend, type Trend } from "../core/year/trend";
import { projectionSentence, trendDocument } from "../core/year/trendSheet";
import type { ReportDocument } from "../core/report/document";
import { readSheet, visibleSheetNames } from "../excel/yearSheets";

/** The workbook's sheets that hold a table or a register, but `skip` (the pane's own report sheets). */
export async function scanSheets(skip: (name: string) => boolean): Promise<YearSheet[]> {
  const found: YearSheet[] = [];
  for (const name of await visibleSheetNames()) {
    if (skip(name)) continue;
    const recognised = recognizeGrid(await readSheet(name, true));
    if (recognised.kind !== "none") found.push(yearSheetOf(recognised));
  }
  return found;
}

/** A sheet read whole and recognised, or undefined when it no longer holds a table or a register. */
export async function recognisedSheet(name: string): Promise<Recognized | undefined> {
  const found = recognizeGrid(await readSheet(name));
  return found.kind === "none" ? undefined : found;
}

/** This year's table compared with last year's sheet, read for its own title's period (else the same months a year before). */
export function comparedWithSheet(table: StatTable, previous: Recognized, options: ReportOptions, thisSheet: string): ComparedReport {
  const read = titledStatistics(previous, { fallback: sameMonthsLastYearEnd(options.reportDate) });
  const source = previous.grid.sheetName;
  return buildComparedReport(table, { table: read.table, source, ...(read.titlePeriod ? { titlePeriod: read.titlePeriod } : {}) }, options, thisSheet);
}

/** The trend of the monthly sheets among `sheets` (each read whole for its own title's period), its sheet and sentence. */
export async function trendOfSheets(sheets: YearSheet[], options: ReportOptions): Promise<{ trend: Trend; doc?: ReportDocument; sentence: string }> {
  const months = [];
  for (const s of monthSheets(sheets)) {
    const found = await recognisedSheet(s.sheetName);
    if (found?.kind === "table") months.push(monthTableOf(titledStatistics(found, { fallback: options.reportDate })));
  }
  const lang = options.lang ?? "vi";
  const trend = buildTrend(months, { targets: options.targets, lang, countTerminatedMoney: options.countTerminatedMoney });
  const office = options.office ?? trend.months.find((m) => m.data.office)?.data.office ?? "";
  const doc = trend.errors.length > 0 ? undefined : trendDocument(trend, lang, office);
  return { trend, ...(doc ? { doc } : {}), sentence: projectionSentence(trend, lang) };
}
