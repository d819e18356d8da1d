/**
 * Every figure of the report, computed once here (the sheet's formulas recompute the same values):
 * per member and for the total, for cases and for money. The rate of a group is the rate of its
 * sums, never the average of its members' rates (DOMAIN.md).
 */
import { isError } from "../errors";
import { formatNumberVi, formatPercentVi } from "../format";
import { clean, toFraction } from "../numbers";
import { completionRate, neededPerMonth, neededToTarget, shortfall, statusWord } from "../rates";
import { Category, Figures, Issue, Measure, MEASURES, Member } from "../table/model";
import type { MeasureResult, ReportRow } from "./document";

export interface FigureContext {
  /** the office's targets, fractions */
  targets: Record<Measure, number>;
  /** months left in the statistical year after the period */
  monthsRemaining: number;
  /** whether terminated money counts as done */
  countTerminatedMoney: boolean;
}

const MEASURE_VI: Record<Measure, string> = { cases: "về việc", money: "về tiền" };

/** The figures of one measure of one row, from its inputs. */
export function measureResult(
  inputs: { eligible: number; completed: number; terminated: number; target: number },
  countsTerminated: boolean,
  monthsRemaining: number,
): { result: MeasureResult; problem?: string } {
  const { eligible, completed, terminated, target } = inputs;
  const done = clean(completed + (countsTerminated ? terminated : 0));
  let rate: number | null = null;
  let problem: string | undefined;
  if (eligible !== 0) {
    const r = completionRate(done, eligible);
    if (isError(r)) {
      // Above 100%: shown as it is (the sheet's formula gives the same) and listed as a warning.
      problem = r.message;
      rate = clean(done / eligible);
    } else rate = r;
  }
  const needed = neededToTarget(done, eligible, target);
  return {
    result: {
      eligible,
      completed,
      terminated,
      done,
      rate,
      target,
      gap: rate === null ? null : shortfall(rate, target),
      needed,
      neededPerMonth: neededPerMonth(needed, monthsRemaining),
      status: rate === null ? null : statusWord(rate, target),
    },
    problem,
  };
}

const figure = (f: Figures, c: Category) => f[c] ?? 0;

/** A member's own target (Chỉ tiêu column) when it has a valid one, else the office's. */
function memberTarget(member: Member, measure: Measure, ctx: FigureContext, issues: Issue[]): number {
  const own = member[measure].target;
  if (own === undefined) return ctx.targets[measure];
  const fraction = toFraction(own);
  if (fraction !== undefined) return fraction;
  issues.push({
    where: member.where ?? "",
    severity: "warning",
    message:
      `${member.name}: chỉ tiêu ${MEASURE_VI[measure]} "${formatNumberVi(own)}" không hợp lệ; ` +
      `dùng chỉ tiêu chung ${formatPercentVi(ctx.targets[measure])}.`,
  });
  return ctx.targets[measure];
}

function row(
  name: string,
  figures: Record<Measure, Figures>,
  targetOf: (m: Measure) => number,
  ctx: FigureContext,
  onProblem: (message: string) => void,
): ReportRow {
  const results = {} as Record<Measure, MeasureResult>;
  for (const m of MEASURES) {
    const { result, problem } = measureResult(
      {
        eligible: figure(figures[m], "eligible"),
        completed: figure(figures[m], "completed"),
        terminated: figure(figures[m], "terminated"),
        target: targetOf(m),
      },
      m === "cases" || ctx.countTerminatedMoney,
      ctx.monthsRemaining,
    );
    if (problem) onProblem(`${name} (${MEASURE_VI[m]}): ${problem}`);
    results[m] = result;
  }
  return { name, cases: results.cases, money: results.money };
}

/** One member's row; problems (rate above 100%, invalid own target) are added to `issues`. */
export function memberRow(member: Member, ctx: FigureContext, issues: Issue[]): ReportRow {
  return row(member.name, member, (m) => memberTarget(member, m, ctx, issues), ctx, (message) =>
    issues.push({ where: member.where ?? "", severity: "warning", message }),
  );
}

/** Sums of every category over the members (targets are not summed). */
export function sumFigures(members: Member[]): Record<Measure, Figures> {
  const sums: Record<Measure, Figures> = { cases: {}, money: {} };
  for (const m of MEASURES) {
    const sum = sums[m];
    for (const member of members) {
      const figures = member[m];
      for (const key in figures) {
        const category = key as Category;
        const value = figures[category];
        if (category === "target" || value === undefined) continue;
        // Cleaned at each step (free on whole numbers): decimal amounts add up as decimals.
        sum[category] = clean((sum[category] ?? 0) + value);
      }
    }
  }
  return sums;
}

/** The total row: the rate of the sums (sumFigures(members), if worked out already) against the office's targets. */
export function totalRow(name: string, members: Member[], ctx: FigureContext, sums = sumFigures(members)): ReportRow {
  // A total above 100% comes from members already listed one by one.
  return row(name, sums, (m) => ctx.targets[m], ctx, () => undefined);
}

/**
 * Competition ranking, highest first ("1, 2, 2, 4"); null values share the rank after all numbers.
 * Values are compared exactly, as the sheet's RANK() does.
 */
export function competitionRanks(values: (number | null)[]): number[] {
  // Sorted once: a value's rank is 1 + how many numbers are greater, found by binary search.
  const numbers = values.filter((v): v is number => v !== null);
  const ascending = Float64Array.from(numbers).sort();
  const greater = (v: number) => {
    let lo = 0;
    let hi = ascending.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ascending[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return ascending.length - lo;
  };
  return values.map((v) => (v === null ? numbers.length + 1 : 1 + greater(v)));
}

/** The rate the sheet ranks on: done ÷ eligible exactly as the formula divides the two cells. */
export function rankingRate(r: MeasureResult): number | null {
  return r.eligible === 0 ? null : r.done / r.eligible;
}

export interface TotalDifference {
  measure: Measure;
  category: Category;
  sheet: number;
  computed: number;
}

/** Where the source's own total row disagrees with the sums of its members (sumFigures(members), if worked out already). */
export function sheetTotalDifferences(members: Member[], sheetTotal: Member, sums = sumFigures(members)): TotalDifference[] {
  const differences: TotalDifference[] = [];
  for (const measure of MEASURES) {
    for (const [category, sheet] of Object.entries(sheetTotal[measure]) as [Category, number][]) {
      if (category === "target" || sheet === undefined) continue;
      const computed = sums[measure][category] ?? 0;
      if (clean(sheet) !== clean(computed)) differences.push({ measure, category, sheet, computed });
    }
  }
  return differences;
}
