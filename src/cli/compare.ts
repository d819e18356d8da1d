/**
 * `thads report NOW.xlsx --compare PREVIOUS.xlsx …`: the report of NOW with the same period of last
 * year beside it (core/year). The JSON's rows and total gain `previous` and `change` (or null), and a
 * `comparison` part: last year's period, the members gone this year and the sentence.
 */
import * as path from "path";
import { buildComparedReport, type ComparedReport } from "../core/year/comparedReport";
import type { Comparison } from "../core/year/compare";
import { isoDate } from "../core/periods";
import { words } from "../i18n/problem";
import type { ReportCommand } from "./args";
import type { Source } from "./source";

/** The compared report of one file's table against the previous file's. */
export function comparedReport(source: Source, previous: Source, cmd: ReportCommand): ComparedReport {
  const options = { reportDate: cmd.reportDate, targets: cmd.targets, lang: cmd.lang, countTerminatedMoney: cmd.countTerminatedMoney, today: cmd.today, ...(cmd.office !== undefined ? { office: cmd.office } : {}) };
  const prev = { table: previous.table, titlePeriod: previous.titlePeriod, source: path.basename(previous.file) };
  return buildComparedReport(source.table, prev, options, path.basename(source.file));
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
