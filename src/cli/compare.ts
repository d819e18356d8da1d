/**
 * `thads report NOW.xlsx … --compare PREVIOUS.xlsx [--compare …]`: the report of NOW (one file, or the
 * consolidation of several) with the same period of last year beside it (core/year), last year's files
 * put together as this year's are. The JSON's rows and total gain `previous` and `change` (or null),
 * and a `comparison` part: last year's period, the members gone this year and the sentence.
 */
import * as path from "path";
import { buildComparedFiles, sameMonthsLastYearEnd, type ComparedReport } from "../core/year/comparedReport";
import type { Comparison } from "../core/year/compare";
import { isoDate } from "../core/periods";
import { words } from "../i18n/problem";
import { type ReportCommand, reportOptionsOf } from "./args";
import { fileTables, type Source } from "./source";

/**
 * The command that reads last year's files: each for the period its own title names, else the same
 * months a year before the report's (a register's cases are cut there).
 */
export function previousCommand(cmd: ReportCommand, files: string[]): ReportCommand {
  return { ...cmd, files, dateGiven: false, reportDate: sameMonthsLastYearEnd(cmd.reportDate) };
}

/** The compared report of this year's files against last year's. */
export function comparedReport(sources: Source[], previous: Source[], cmd: ReportCommand): ComparedReport {
  const names = (list: Source[]) => list.map((s) => path.basename(s.file)).join(", ");
  const tables = fileTables(previous);
  const prev = previous.map((p, i) => {
    const file = path.basename(p.file);
    return { ...tables[i], source: file, book: file, ...(p.titlePeriod ? { titlePeriod: p.titlePeriod } : {}) };
  });
  return buildComparedFiles(fileTables(sources), prev, reportOptionsOf(cmd), names(sources));
}

interface JsonRow {
  name: string;
  [key: string]: unknown;
}

/** The report JSON with each row's and the total's comparison, and the comparison's own part. */
export function comparedJson<T extends { rows: JsonRow[]; total: JsonRow }>(json: T, comparison: Comparison, cmd: ReportCommand) {
  const p = comparison.previousPeriod;
  return {
    ...json,
    rows: json.rows.map((row, i) => ({ ...row, ...comparison.rows[i] })),
    total: { ...json.total, ...comparison.total },
    comparison: {
      period: { fiscalYear: p.fiscalYear, months: p.months, start: isoDate(p.start), end: isoDate(p.end) },
      absentThisYear: comparison.absentThisYear,
      sentence: words(cmd.lang).year.comparisonSentence(comparison.sentence),
    },
  };
}
