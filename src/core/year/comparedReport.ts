/**
 * The report of one statistics table compared with the same period of the previous year: the one
 * call a front end makes (command, pane, web page). Last year's table goes through the same report
 * figures as this year's (same targets, same settings), at the same months a year earlier.
 */
import { periodOf } from "../periods";
import { reportDocument, reportFigures } from "../report/build";
import type { ReportDocument } from "../report/document";
import type { ReportOptions } from "../report/options";
import { OPTION_PROBLEMS } from "../report/plausible";
import type { Issue, StatTable } from "../table/model";
import type { TitleCellPeriod } from "../periodName";
import { compareWithPrevious, type Comparison } from "./compare";
import { withComparison } from "./compareSheet";

export interface PreviousSource {
  table: StatTable;
  /** the period its title rows name (periodInTitleRows), if read */
  titlePeriod?: TitleCellPeriod;
  /** the file or sheet it came from, for messages */
  source: string;
}

export interface ComparedReport {
  doc: ReportDocument;
  comparison: Comparison;
}

/** Last year's issues of its table: those of the options (the same targets, this year's date) are this year's. */
const ofTable = (issues: Issue[]) => issues.filter((i) => !OPTION_PROBLEMS.has(i.problem.code));

/** This year's report with last year's figures beside it, the comparison sentence and its warnings. */
export function buildComparedReport(table: StatTable, previous: PreviousSource, options: ReportOptions, thisSource = ""): ComparedReport {
  const period = periodOf(options.reportDate);
  const figures = reportFigures(table, options);
  const { end } = period;
  const lastYear = { ...options, reportDate: { year: end.year - 1, month: end.month, day: 1 } };
  const before = reportFigures(previous.table, lastYear);
  const comparison = compareWithPrevious(figures.data, period, { data: before.data, titlePeriod: previous.titlePeriod, source: previous.source }, thisSource);
  // Last year's own problems are listed as this year's are, named "[file]Sheet1!C7" as Excel names a cell of
  // another book; its errors stop the report: a comparison with a wrong figure is wrong.
  const ofPrevious = (i: Issue): Issue => ({ ...i, where: i.where ? `[${previous.source}]${i.where}` : previous.source });
  const doc = reportDocument(figures, options);
  const data = {
    ...doc.data,
    warnings: [...doc.data.warnings, ...ofTable(before.data.warnings).map(ofPrevious)],
    errors: [...doc.data.errors, ...ofTable(before.data.errors).map(ofPrevious)],
  };
  return { doc: withComparison({ ...doc, data }, comparison, options.lang ?? "vi"), comparison };
}
