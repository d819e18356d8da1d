/**
 * The year month by month (diễn biến theo tháng) and where it will end at the recent pace. Offices keep
 * one cumulative table per month (sheets "T10", "T11"… or one file per month); each table's period is
 * read from its title, else from its sheet or file name. Tables of another statistical year are left
 * out with a note; a missing month is a note, not an error.
 *
 * Projection at the recent pace (the rule, exactly): with m the last month present (October = 1) and X
 * a cumulative figure (done, and eligible), X₁₂ = X_m + (X_m − X_{m−3}) ÷ 3 × (12 − m). When month m−3
 * is not there (fewer than four months, or a gap), the mean monthly change since the first month
 * present: X₁₂ = X_m + (X_m − X_f) ÷ (m − f) × (12 − m). A single month: no projection. The projected
 * rate is projected done ÷ projected eligible; the pace needed is the done per remaining month that
 * reaches the target at the projected eligible.
 */
import { clean } from "../numbers";
import { isoDate, Period } from "../periods";
import { neededPerMonth, neededToTarget } from "../rates";
import { reportFigures } from "../report/build";
import type { ReportData, ReportRow } from "../report/document";
import type { ReportOptions } from "../report/options";
import type { Issue, Measure, StatTable } from "../table/model";
import { MEASURES } from "../table/model";
import { periodInSheetName, periodOfMonthInYear, periodOfMonths, type TitleCellPeriod } from "../periodName";
import { problem } from "../../i18n/problem";

/** One month's table as read: the table, where it came from and what its title says. */
export interface MonthTable {
  table: StatTable;
  /** the sheet name (one workbook) or the file name without extension (one file per month) */
  name: string;
  /** "Sheet" or "file.xlsx › Sheet", for messages */
  source: string;
  /** what its title rows name (periodInTitleRows) */
  title?: TitleCellPeriod;
  /** the workbook, when each month is a file of its own: its tables' cells are named "[book]Sheet1!C7" */
  book?: string;
}

export interface MeasureFigures {
  eligible: number;
  done: number;
  /** fraction, null when eligible is 0 */
  rate: number | null;
}
export type MonthFigures = Record<Measure, MeasureFigures>;

export interface TrendMonth {
  /** months since 1 October: 1 = October … 12 = September */
  months: number;
  period: Period;
  source: string;
  total: MonthFigures;
  rows: ({ name: string } & MonthFigures)[];
  /** the month's full report figures, for the sheet */
  data: ReportData;
}

export interface ProjectedMeasure {
  done: number;
  eligible: number;
  rate: number | null;
  /** done still needed by 30 September to reach the target at the projected eligible */
  needed: number;
  /** that, per remaining month (rounded up); the whole need when no month remains */
  neededPerMonth: number;
}

export interface Projection {
  /** the end of the statistical year */
  end: Period;
  /** the month the pace is measured from: m − 3, or the first month present */
  from: number;
  /** the last month present */
  to: number;
  /** "recent": the last three months; "mean": since the first month present */
  basis: "recent" | "mean";
  cases: ProjectedMeasure;
  money: ProjectedMeasure;
}

export interface Trend {
  fiscalYear: number;
  months: TrendMonth[];
  projection: Projection | null;
  targets: Record<Measure, number>;
  warnings: Issue[];
  errors: Issue[];
}

const measureOf = (row: ReportRow, m: Measure): MeasureFigures => ({ eligible: row[m].eligible, done: row[m].done, rate: row[m].rate });
const figuresOf = (row: ReportRow): MonthFigures => ({ cases: measureOf(row, "cases"), money: measureOf(row, "money") });

type Placed = { input: MonthTable; period: Period };
type Unplaced = { input: MonthTable; month: number } | { input: MonthTable; month?: undefined };

/** Each table's period: its title's, else its name's; a bare month ("T10") waits for the year. */
function placeOf(input: MonthTable): Placed | Unplaced {
  if (input.title?.kind === "period") return { input, period: input.title.period };
  const named = periodInSheetName(input.name);
  if (named?.kind === "period") return { input, period: named.period };
  return named?.kind === "month" ? { input, month: named.month } : { input };
}

/** The statistical year most tables belong to; the latest of equals. */
function yearOf(placed: Placed[]): number | undefined {
  const counts = new Map<number, number>();
  for (const p of placed) counts.set(p.period.fiscalYear, (counts.get(p.period.fiscalYear) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const [year, n] of counts) if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  return best?.[0];
}

/** The tables of one statistical year, one per month, in order, with notes for what was left out. */
function monthsOf(inputs: MonthTable[], warnings: Issue[]): { fiscalYear?: number; tables: Placed[] } {
  const places = inputs.map(placeOf);
  const placed = places.filter((p): p is Placed => "period" in p);
  const fiscalYear = yearOf(placed);
  const tables: Placed[] = [];
  for (const p of places) {
    const { input } = p;
    if (!("period" in p)) {
      if (p.month !== undefined && fiscalYear !== undefined) tables.push({ input, period: periodOfMonthInYear(p.month, fiscalYear) });
      else warnings.push({ where: input.source, severity: "warning", problem: problem("yearMonthUnknown", { source: input.source }) });
      continue;
    }
    if (p.period.fiscalYear !== fiscalYear) {
      warnings.push({ where: input.source, severity: "warning", problem: problem("yearOtherYear", { source: input.source, period: p.period, fiscalYear: fiscalYear ?? p.period.fiscalYear }) });
    } else tables.push(p);
  }
  tables.sort((a, b) => a.period.months - b.period.months);
  const unique = tables.filter((t, i) => {
    const earlier = tables.slice(0, i).find((e) => e.period.months === t.period.months);
    if (earlier) warnings.push({ where: t.input.source, severity: "warning", problem: problem("yearDuplicateMonth", { source: t.input.source, first: earlier.input.source, period: t.period }) });
    return !earlier;
  });
  if (unique.length > 0) {
    const present = new Set(unique.map((t) => t.period.months));
    const last = unique[unique.length - 1].period.months;
    const missing: Period[] = [];
    for (let k = 1; k < last; k++) if (!present.has(k)) missing.push(periodOfMonths(fiscalYear!, k));
    if (missing.length > 0) warnings.push({ where: "", severity: "warning", problem: problem("yearMissingMonths", { periods: missing }) });
  }
  return { fiscalYear, tables: unique };
}

/** X₁₂ by the rule of the file comment, from X at month `from` and at month `to`. */
export function projectFigure(atFrom: number, atTo: number, from: number, to: number): number {
  return clean(atTo + ((atTo - atFrom) / (to - from)) * (12 - to));
}

function projectMeasure(first: MeasureFigures, last: MeasureFigures, from: number, to: number, target: number): ProjectedMeasure {
  const done = projectFigure(first.done, last.done, from, to);
  const eligible = projectFigure(first.eligible, last.eligible, from, to);
  const needed = neededToTarget(last.done, eligible, target);
  return {
    done,
    eligible,
    rate: eligible === 0 ? null : clean(done / eligible),
    needed,
    neededPerMonth: neededPerMonth(needed, 12 - to),
  };
}

/** The projection from the months present (in order); null with a single month. */
export function projectYear(months: TrendMonth[], targets: Record<Measure, number>, fiscalYear: number): Projection | null {
  if (months.length < 2) return null;
  const last = months[months.length - 1];
  const threeBefore = months.find((mo) => mo.months === last.months - 3);
  const base = threeBefore ?? months[0];
  const projected = (m: Measure) => projectMeasure(base.total[m], last.total[m], base.months, last.months, targets[m]);
  return {
    end: periodOfMonths(fiscalYear, 12),
    from: base.months,
    to: last.months,
    basis: threeBefore ? "recent" : "mean",
    cases: projected("cases"),
    money: projected("money"),
  };
}

/** A month table's issue: its cell named in its own workbook when months are files ("[T10.xlsx]Sheet1!C7"). */
const ofMonth = (input: MonthTable) => (i: Issue): Issue => {
  if (!i.where) return { ...i, where: input.source };
  return input.book ? { ...i, where: `[${input.book}]${i.where}` } : i;
};

/** The trend of the tables given (any order); report figures of each month built with `options`' targets. */
export function buildTrend(inputs: MonthTable[], options: Omit<ReportOptions, "reportDate">): Trend {
  const warnings: Issue[] = [];
  const { fiscalYear, tables } = monthsOf(inputs, warnings);
  const errors: Issue[] = [];
  const months: TrendMonth[] = tables.map(({ input, period }) => {
    const { data } = reportFigures(input.table, { ...options, reportDate: period.end });
    warnings.push(...data.warnings.map(ofMonth(input)));
    errors.push(...data.errors.map(ofMonth(input)));
    return { months: period.months, period, source: input.source, total: figuresOf(data.total), rows: data.rows.map((r) => ({ name: r.name, ...figuresOf(r) })), data };
  });
  if (months.length === 0) errors.push({ where: "", severity: "error", problem: problem("yearNoMonth", { count: inputs.length }) });
  const targets = { ...options.targets };
  const year = fiscalYear ?? 0;
  return { fiscalYear: year, months, projection: fiscalYear === undefined ? null : projectYear(months, targets, year), targets, warnings, errors };
}

/** The JSON of `thads trend --json`: the shape of the issue (dates ISO, rates fractions). */
export function trendJson(trend: Trend, render: (i: Issue) => { where: string; message: string }) {
  const last = trend.months[trend.months.length - 1];
  const p = trend.projection;
  const projectedMeasure = (m: ProjectedMeasure) => ({ done: m.done, eligible: m.eligible, rate: m.rate });
  return {
    period: last
      ? { fiscalYear: trend.fiscalYear, months: last.months, start: isoDate(last.period.start), end: isoDate(last.period.end) }
      : null,
    months: trend.months.map((mo) => ({ months: mo.months, end: isoDate(mo.period.end), source: mo.source, ...mo.total, rows: mo.rows })),
    projection: p
      ? {
          end: isoDate(p.end.end),
          basis: p.basis,
          from: p.from,
          to: p.to,
          cases: projectedMeasure(p.cases),
          money: projectedMeasure(p.money),
          needed: Object.fromEntries(MEASURES.map((m) => [m, { total: p[m].needed, perMonth: p[m].neededPerMonth }])),
        }
      : null,
    target: trend.targets,
    warnings: trend.warnings.map(render),
    errors: trend.errors.map(render),
  };
}
