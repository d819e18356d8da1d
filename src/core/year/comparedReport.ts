/**
 * The report compared with the same period of the previous year: the one call a front end makes
 * (command, pane, web page). This year's report is that of one table, or the consolidation of several
 * files (one unit per file), exactly as without the comparison; last year's files are put together the
 * same way (same targets, same settings) at the same months a year earlier, and compared row by row.
 */
import { periodOfMonths } from "../periodName";
import { periodOf, type CivilDate } from "../periods";
import { documentOfFiles, type FileTable } from "../report/files";
import { reportFigures } from "../report/build";
import type { ReportDocument } from "../report/document";
import type { ReportOptions } from "../report/options";
import { OPTION_PROBLEMS } from "../report/plausible";
import type { Issue, StatTable } from "../table/model";
import type { TitleCellPeriod } from "../periodName";
import { compareWithPrevious, type Comparison } from "./compare";
import { withComparison } from "./compareSheet";

export interface PreviousSource extends FileTable {
  /** the period its title rows name (periodInTitleRows), if read */
  titlePeriod?: TitleCellPeriod;
  /** the file or sheet it came from, for messages */
  source: string;
  /** the workbook it came from when not the one being reported on: its cells are named "[book]Sheet1!C7" */
  book?: string;
}

export interface ComparedReport {
  doc: ReportDocument;
  comparison: Comparison;
}

/** The end of the same months of the statistical year before: 31/08/2021 → 31/08/2020, 29/02/2024 → 28/02/2023. */
export function sameMonthsLastYearEnd(reportDate: CivilDate): CivilDate {
  const { fiscalYear, months } = periodOf(reportDate);
  return periodOfMonths(fiscalYear - 1, months).end;
}

/** Last year's issues of its table: those of the options (the same targets, this year's date) are this year's. */
const ofTable = (issues: Issue[]) => issues.filter((i) => !OPTION_PROBLEMS.has(i.problem.code));

/**
 * Last year's own problems, listed as this year's are, a cell of another workbook named "[file]Sheet1!C7"
 * as Excel names it: its errors stop the report, for a comparison with a wrong figure is wrong.
 */
function previousIssues(previous: PreviousSource[], lastYear: ReportOptions): { warnings: Issue[]; errors: Issue[] } {
  const warnings: Issue[] = [];
  const errors: Issue[] = [];
  for (const p of previous) {
    const { data } = reportFigures(p.table, lastYear);
    const of = (i: Issue): Issue => ({ ...i, where: !i.where ? p.source : p.book ? `[${p.book}]${i.where}` : i.where });
    warnings.push(...ofTable(data.warnings).map(of));
    errors.push(...ofTable(data.errors).map(of));
  }
  return { warnings, errors };
}

/**
 * The report of `files` (one: its report; several: the consolidation) with last year's figures beside
 * it, the comparison sentence and its warnings; `thisSource` names this year's file(s) in messages.
 */
export function buildComparedFiles(files: FileTable[], previous: PreviousSource[], options: ReportOptions, thisSource = ""): ComparedReport {
  const lastYear = { ...options, reportDate: sameMonthsLastYearEnd(options.reportDate) };
  const doc = documentOfFiles(files, options);
  const before = documentOfFiles(previous, { ...lastYear, existingSheetNames: [] }).data;
  const titles = previous.map((p) => ({ ...(p.titlePeriod ? { titlePeriod: p.titlePeriod } : {}), source: p.source }));
  const source = previous.map((p) => p.source).join(", ");
  const comparison = compareWithPrevious(doc.data, periodOf(options.reportDate), { data: before, titles, source }, thisSource);
  const issues = previousIssues(previous, lastYear);
  const data = { ...doc.data, warnings: [...doc.data.warnings, ...issues.warnings], errors: [...doc.data.errors, ...issues.errors] };
  return { doc: withComparison({ ...doc, data }, comparison, options.lang ?? "vi"), comparison };
}

/** One table's report compared with one table of last year (the pane's sheet against another sheet). */
export function buildComparedReport(table: StatTable, previous: Omit<PreviousSource, "baseName">, options: ReportOptions, thisSource = ""): ComparedReport {
  return buildComparedFiles([{ baseName: thisSource, table }], [{ ...previous, baseName: previous.source }], options, thisSource);
}
