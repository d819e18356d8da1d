/**
 * Every figure of the report, computed once here (the sheet's formulas recompute the same values):
 * per member and for the total, for cases and for money. The rate of a group is the rate of its
 * sums, never the average of its members' rates (DOMAIN.md).
 */
import { isError } from "../errors";
import { clean, toFraction } from "../numbers";
import { completionRate, neededPerMonth, neededToTarget, shortfallOfClean } from "../rates";
import { problem } from "../../i18n/problem";
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

/**
 * Where measureFigures leaves the problem it met (a rate above 100%), if any: a report works out
 * thousands of rows, and a row should allocate its figures and nothing around them.
 */
interface ProblemSlot {
  aboveEligible: boolean;
}

/**
 * The figures of one measure of one row. `cleanTarget` is clean(target), worked out once for the
 * office's targets: rates come out of completionRate clean, so gap and status need no more cleaning.
 */
function measureFigures(
  eligible: number,
  completed: number,
  terminated: number,
  target: number,
  cleanTarget: number,
  countsTerminated: boolean,
  monthsRemaining: number,
  slot: ProblemSlot,
): MeasureResult {
  const done = clean(completed + (countsTerminated ? terminated : 0));
  let rate: number | null = null;
  if (eligible !== 0) {
    const r = completionRate(done, eligible);
    if (isError(r)) {
      // Above 100%: shown as it is (the sheet's formula gives the same) and listed as a warning.
      slot.aboveEligible = true;
      rate = clean(done / eligible);
    } else rate = r;
  }
  const needed = neededToTarget(done, eligible, target);
  return {
    eligible,
    completed,
    terminated,
    done,
    rate,
    target,
    gap: rate === null ? null : shortfallOfClean(rate, cleanTarget),
    needed,
    neededPerMonth: neededPerMonth(needed, monthsRemaining),
    // Both clean already, as rates.meetsTarget compares them.
    met: rate === null ? null : rate >= cleanTarget,
  };
}

/** The figures of one measure of one row, from its inputs. */
export function measureResult(
  inputs: { eligible: number; completed: number; terminated: number; target: number },
  countsTerminated: boolean,
  monthsRemaining: number,
): { result: MeasureResult; aboveEligible: boolean } {
  const { eligible, completed, terminated, target } = inputs;
  const slot: ProblemSlot = { aboveEligible: false };
  const result = measureFigures(eligible, completed, terminated, target, clean(target), countsTerminated, monthsRemaining, slot);
  return { result, aboveEligible: slot.aboveEligible };
}

/** A FigureContext with what every row of a report shares worked out once. */
class Rows {
  private readonly cleanTargets: Record<Measure, number>;
  private readonly slot: ProblemSlot = { aboveEligible: false };

  constructor(private readonly ctx: FigureContext) {
    this.cleanTargets = { cases: clean(ctx.targets.cases), money: clean(ctx.targets.money) };
  }

  /** One measure of a row, against `target` (clean(target) given as cleanTarget); a problem is left in the slot. */
  private measure(figures: Figures, m: Measure, target: number, cleanTarget: number): MeasureResult {
    return measureFigures(
      figures.eligible ?? 0,
      figures.completed ?? 0,
      figures.terminated ?? 0,
      target,
      cleanTarget,
      m === "cases" || this.ctx.countTerminatedMoney,
      this.ctx.monthsRemaining,
      this.slot,
    );
  }

  /** One measure of a member's row, against its own target if it has a valid one; problems go to `issues`. */
  private memberMeasure(member: Member, figures: Figures, m: Measure, issues: Issue[]): MeasureResult {
    const own = figures.target;
    const target = own === undefined ? this.ctx.targets[m] : memberTarget(member, m, own, this.ctx, issues);
    const result = this.measure(figures, m, target, own === undefined ? this.cleanTargets[m] : clean(target));
    if (this.slot.aboveEligible) {
      this.slot.aboveEligible = false;
      const found = problem("reportRateAbove100", { member: member.name, measure: m, done: result.done, eligible: result.eligible });
      issues.push({ where: member.where ?? "", severity: "warning", problem: found });
    }
    return result;
  }

  member(member: Member, issues: Issue[]): ReportRow {
    const cases = this.memberMeasure(member, member.cases, "cases", issues);
    const money = this.memberMeasure(member, member.money, "money", issues);
    return { name: member.name, cases, money };
  }

  /** A row of sums against the office's targets; a rate above 100% is not listed (its members are). */
  total(name: string, sums: Record<Measure, Figures>): ReportRow {
    const cases = this.measure(sums.cases, "cases", this.ctx.targets.cases, this.cleanTargets.cases);
    const money = this.measure(sums.money, "money", this.ctx.targets.money, this.cleanTargets.money);
    this.slot.aboveEligible = false;
    return { name, cases, money };
  }
}

/** A member's own target (Chỉ tiêu column, `own`) when valid, else the office's, with a warning. */
function memberTarget(member: Member, measure: Measure, own: number, ctx: FigureContext, issues: Issue[]): number {
  const fraction = toFraction(own);
  if (fraction !== undefined) return fraction;
  const fallback = ctx.targets[measure];
  const found = problem("reportMemberTargetInvalid", { member: member.name, measure, value: own, fallback });
  issues.push({ where: member.where ?? "", severity: "warning", problem: found });
  return ctx.targets[measure];
}

/** One member's row; problems (rate above 100%, invalid own target) are added to `issues`. */
export function memberRow(member: Member, ctx: FigureContext, issues: Issue[]): ReportRow {
  return new Rows(ctx).member(member, issues);
}

/** The rows of the members, in order: memberRow of each, with what they share worked out once. */
export function memberRows(members: readonly Member[], ctx: FigureContext, issues: Issue[]): ReportRow[] {
  const rows = new Rows(ctx);
  const out: ReportRow[] = new Array(members.length);
  for (let i = 0; i < members.length; i++) out[i] = rows.member(members[i], issues);
  return out;
}

/** Each category's place in the running sums of sumFigures; the target is not summed (-1). */
function slotOf(category: string): number {
  switch (category) {
    case "carriedOver": return 0;
    case "newlyAccepted": return 1;
    case "accepted": return 2;
    case "delegatedOut": return 3;
    case "revoked": return 4;
    case "mustEnforce": return 5;
    case "eligible": return 6;
    case "completed": return 7;
    case "terminated": return 8;
    case "inProgress": return 9;
    case "postponed": return 10;
    case "suspended": return 11;
    case "notEligible": return 12;
    case "backlog": return 13;
    default: return -1;
  }
}
const SLOTS = 14;

/** Sums of every category of one measure over the members, in the order the categories first appear. */
function sumMeasure(members: readonly Member[], measure: Measure): Figures {
  const totals = new Float64Array(SLOTS);
  const order: Category[] = [];
  let seen = 0; // the slots in `order`, as bits
  for (let j = 0; j < members.length; j++) {
    const figures = measure === "cases" ? members[j].cases : members[j].money;
    for (const key in figures) {
      const value = figures[key as Category];
      const i = slotOf(key);
      if (i < 0 || value === undefined) continue;
      if ((seen & (1 << i)) === 0) {
        seen |= 1 << i;
        order.push(key as Category);
      }
      // Cleaned at each step (free on whole numbers): decimal amounts add up as decimals.
      totals[i] = clean(totals[i] + value);
    }
  }
  const sum: Figures = {};
  for (const category of order) sum[category] = totals[slotOf(category)];
  return sum;
}

/** Sums of every category over the members (targets are not summed). */
export function sumFigures(members: readonly Member[]): Record<Measure, Figures> {
  return { cases: sumMeasure(members, "cases"), money: sumMeasure(members, "money") };
}

/** The total row: the rate of the sums (sumFigures(members), if worked out already) against the office's targets. */
export function totalRow(name: string, members: Member[], ctx: FigureContext, sums = sumFigures(members)): ReportRow {
  // A total above 100% comes from members already listed one by one.
  return new Rows(ctx).total(name, sums);
}

/**
 * Competition ranking, highest first ("1, 2, 2, 4"); null values share the rank after all numbers.
 * Values are compared exactly, as the sheet's RANK() does (−0 equals 0); a NaN (no rate is one)
 * counts as above every number and ranks with the nulls.
 */
export function competitionRanks(values: readonly (number | null)[]): number[] {
  let nan = 0;
  const numbers: number[] = [];
  for (const v of values) {
    if (v === null) continue;
    if (Number.isNaN(v)) nan++;
    else numbers.push(v);
  }
  // Ascending. A number's rank is 1 + the NaNs + the numbers above it: those after the last of its
  // equals, found by halving (< and > take −0 and 0 for equals), with no table of ranks to build.
  const sorted = Float64Array.from(numbers).sort();
  const n = sorted.length;
  const last = n + nan + 1;
  const ranks: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || Number.isNaN(v)) {
      ranks[i] = last;
      continue;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] > v) hi = mid;
      else lo = mid + 1;
    }
    ranks[i] = n - lo + nan + 1;
  }
  return ranks;
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
