/**
 * Comparison with the same period of the previous year (so với cùng kỳ): this year's report figures
 * against last year's, member by member and for the total. Members are matched by their folded name
 * (case, diacritics and spacing ignored): a member absent last year has no comparison; one absent this
 * year is named in a note, and its figures stay in last year's total (the office's total then is the
 * office's total, whoever has left). Two names that fold alike are not matched at all: a comparison
 * with the wrong person is a wrong figure.
 */
import { periodOfMonths, type TitleCellPeriod } from "../periodName";
import { percentHundredths } from "../format";
import { clean } from "../numbers";
import { Period } from "../periods";
import type { MeasureResult, ReportData, ReportRow } from "../report/document";
import { foldText } from "../text";
import type { Issue, Measure } from "../table/model";
import { problem } from "../../i18n/problem";
import type { ComparisonSentenceParams } from "../../i18n/vi/year";

/** One measure as compared: the figures the JSON gives for `previous` and for `change`. */
export interface ComparedMeasure {
  eligible: number;
  done: number;
  /** a fraction; for a change, the difference of the rates (percentage points ÷ 100); null without a rate */
  rate: number | null;
}
export type ComparedFigures = Record<Measure, ComparedMeasure>;

export interface RowComparison {
  /** last year's figures, null when the member is absent last year (or its name is ambiguous) */
  previous: ComparedFigures | null;
  /** this year minus last year, null with previous */
  change: ComparedFigures | null;
}

export interface Comparison {
  /** the period the previous table is taken for: the same months of the year before */
  previousPeriod: Period;
  /** one per row of this year's report, in its order */
  rows: RowComparison[];
  total: RowComparison;
  /** members of last year's table not in this year's, with last year's figures */
  absentThisYear: { name: string; previous: ComparedFigures }[];
  /** whether every member of last year is matched to exactly one row this year (last year's total is then the sum of the rows) */
  allPreviousMatched: boolean;
  /** the parameters of the comparison sentence (words.year.comparisonSentence) */
  sentence: ComparisonSentenceParams;
  warnings: Issue[];
}

const measureOf = (r: MeasureResult): ComparedMeasure => ({ eligible: r.eligible, done: r.done, rate: r.rate });
const figuresOf = (row: ReportRow): ComparedFigures => ({ cases: measureOf(row.cases), money: measureOf(row.money) });

function changeOf(now: ComparedFigures, previous: ComparedFigures): ComparedFigures {
  const measure = (m: Measure): ComparedMeasure => {
    const a = now[m];
    const b = previous[m];
    return {
      eligible: clean(a.eligible - b.eligible),
      done: clean(a.done - b.done),
      rate: a.rate === null || b.rate === null ? null : clean(a.rate - b.rate),
    };
  };
  return { cases: measure("cases"), money: measure("money") };
}

function compareRow(now: ReportRow, previous: ReportRow | undefined): RowComparison {
  if (!previous) return { previous: null, change: null };
  const before = figuresOf(previous);
  return { previous: before, change: changeOf(figuresOf(now), before) };
}

/** Rows by folded name: those whose name folds like no other, and those sharing a folded name. */
function byFoldedName(rows: readonly ReportRow[]): { unique: Map<string, ReportRow>; ambiguous: Map<string, ReportRow[]> } {
  const all = new Map<string, ReportRow[]>();
  for (const row of rows) {
    const key = foldText(row.name);
    const list = all.get(key);
    if (list) list.push(row);
    else all.set(key, [row]);
  }
  const unique = new Map<string, ReportRow>();
  const ambiguous = new Map<string, ReportRow[]>();
  for (const [key, list] of all) {
    if (list.length === 1) unique.set(key, list[0]);
    else ambiguous.set(key, list);
  }
  return { unique, ambiguous };
}

/** The change of each rate as the sentence prints it: the difference of the two printed percents. */
function sentenceOf(total: RowComparison, previousFiscalYear: number, now: ReportRow): ComparisonSentenceParams {
  const part = (m: Measure) => {
    const before = total.previous?.[m];
    const rate = now[m].rate;
    const rateHundredths = before?.rate == null || rate === null ? null : percentHundredths(rate) - percentHundredths(before.rate);
    return { done: total.change?.[m].done ?? 0, rateHundredths };
  };
  return { previousFiscalYear, cases: part("cases"), money: part("money") };
}

/** The warning when the previous table's title names another period than the same months a year before. */
function periodWarnings(named: TitleCellPeriod | undefined, expected: Period, file: string): Issue[] {
  if (!named || named.kind === "none") {
    return [{ where: file, severity: "warning", problem: problem("yearPreviousPeriodUnnamed", { file, assumed: expected }) }];
  }
  if (named.kind === "period") {
    const same = named.period.fiscalYear === expected.fiscalYear && named.period.months === expected.months;
    if (same) return [];
    return [{ where: named.where, severity: "warning", problem: problem("yearPreviousPeriodDiffers", { where: named.where, named: named.period, expected }) }];
  }
  if (named.kind === "other") {
    return [{ where: named.where, severity: "warning", problem: problem("yearPreviousPeriodUnclear", { where: named.where, words: named.words, assumed: expected }) }];
  }
  const [first, second] = named.where;
  const params = { first, second, periods: named.periods, assumed: expected };
  return [{ where: first, severity: "warning", problem: problem("yearPreviousPeriodConflict", params) }];
}

export interface PreviousTable {
  /** last year's report figures (one table's, or the consolidation of several files), built with the same targets and settings */
  data: ReportData;
  /** per file (or sheet) last year's figures came from: the period its title rows name, if read */
  titles: { titlePeriod?: TitleCellPeriod; source: string }[];
  /** the file(s) (or sheet) it came from, for messages */
  source: string;
}

/**
 * The comparison of this year's report figures with last year's. `period` is this year's report period;
 * `thisSource` names this year's file or sheet in messages.
 */
export function compareWithPrevious(now: ReportData, period: Period, previous: PreviousTable, thisSource = ""): Comparison {
  const previousPeriod = periodOfMonths(period.fiscalYear - 1, period.months);
  const warnings = previous.titles.flatMap((t) => periodWarnings(t.titlePeriod, previousPeriod, t.source));
  const before = byFoldedName(previous.data.rows);
  const current = byFoldedName(now.rows);
  const rows = now.rows.map((row) => {
    const key = foldText(row.name);
    return compareRow(row, current.unique.has(key) ? before.unique.get(key) : undefined);
  });
  const ambiguous = (map: Map<string, ReportRow[]>, where: string) => {
    for (const list of map.values()) {
      for (const row of list) warnings.push({ where, severity: "warning", problem: problem("yearAmbiguousName", { name: row.name, where }) });
    }
  };
  ambiguous(current.ambiguous, thisSource);
  ambiguous(before.ambiguous, previous.source);
  const absentThisYear = previous.data.rows
    .filter((row) => !current.unique.has(foldText(row.name)) && !current.ambiguous.has(foldText(row.name)))
    .map((row) => ({ name: row.name, previous: figuresOf(row) }));
  if (absentThisYear.length > 0) {
    warnings.push({ where: previous.source, severity: "warning", problem: problem("yearAbsentThisYear", { names: absentThisYear.map((a) => a.name) }) });
  }
  const total = compareRow(now.total, previous.data.total);
  const matched = rows.filter((r) => r.previous !== null).length;
  return {
    previousPeriod,
    rows,
    total,
    absentThisYear,
    allPreviousMatched: matched === previous.data.rows.length,
    sentence: sentenceOf(total, previousPeriod.fiscalYear, now.total),
    warnings,
  };
}
