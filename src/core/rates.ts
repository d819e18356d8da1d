import { clean } from "./numbers";
import type { Lang } from "../i18n/lang";
import { Result, div0Error, valueError } from "./errors";
import { functionWords } from "../i18n/functionWords";

/** a > b beyond binary noise: money with decimals (0.1 + 0.2 against 0.3) is not "more". */
const exceeds = (a: number, b: number) => clean(a) > clean(b);

/** a − b without binary residue: 0.3 − (0.1 + 0.2) is 0, not -5.55e-17 (clean alone keeps tiny residues). */
const difference = (a: number, b: number) => clean(clean(a) - clean(b));

/** Tỷ lệ thi hành xong: (Thi hành xong + Đình chỉ) ÷ Có điều kiện. Inputs are checked, non-negative. */
export function completionRate(done: number, eligible: number, terminated = 0): Result<number> {
  if (exceeds(done + terminated, eligible)) {
    return valueError({ code: "functionsDoneAboveEligible", params: { done: done + terminated, eligible } });
  }
  if (eligible === 0) return div0Error({ code: "functionsEligibleZero", params: {} });
  return clean((done + terminated) / eligible);
}

/** Còn thiếu (positive) or vượt (negative): target − rate, as a fraction. */
export function shortfall(rate: number, target: number): number {
  return difference(target, rate);
}

/**
 * shortfall(rate, target) for a rate and a target clean already (clean(x) === x, as the rates of
 * completionRate are): cleaning them again changes nothing (clean is idempotent), and a report
 * works out thousands of these.
 */
export function shortfallOfClean(rate: number, target: number): number {
  return clean(target - rate);
}

/** Whether a rate reaches its target, ignoring binary noise in either figure. */
export function meetsTarget(rate: number, target: number): boolean {
  return clean(rate) >= clean(target);
}

/**
 * Cần thêm: smallest whole n ≥ 0 with (done + terminated + n) ÷ eligible ≥ target.
 * target × eligible carries binary noise (0.07 × 100 = 7.000000000000001, which must give 7, not 8);
 * the noise is a few units in the last place of that product, so a tolerance of 1e-15 of it absorbs
 * the noise while a true remainder (0.0001 on an 11-digit money figure) still rounds up.
 * done and terminated may be fractional (money); the answer is still whole.
 */
export function neededToTarget(done: number, eligible: number, target: number, terminated = 0): number {
  const required = target * eligible;
  const n = Math.ceil(required - done - terminated - Math.abs(required) * PRODUCT_NOISE);
  return n > 0 ? n : 0;
}
const PRODUCT_NOISE = 1e-15;

/** THADS.STATUS's words, Đạt / Chưa đạt (Met / Not met): whether the rate reaches the target. */
export function statusWord(rate: number, target: number, lang: Lang = "vi"): string {
  const { met, notMet } = functionWords(lang).status;
  return meetsTarget(rate, target) ? met : notMet;
}

/** Chuyển kỳ sau = Tổng số phải thi hành − (Thi hành xong + Đình chỉ). */
export function backlog(mustEnforce: number, done: number, terminated = 0): Result<number> {
  if (exceeds(done + terminated, mustEnforce)) {
    return valueError({ code: "functionsDoneAboveMustEnforce", params: { done: done + terminated, mustEnforce } });
  }
  return difference(mustEnforce, done + terminated);
}

/** Cần thêm mỗi tháng còn lại: the remainder spread over the months left in the statistical year. */
export function neededPerMonth(needed: number, monthsRemaining: number): number {
  if (monthsRemaining <= 0) return needed;
  const share = needed / monthsRemaining;
  // A whole need under 1e9 over at most 1,000 whole months is a whole number, or at least 1/1000
  // away from one, while clean would move it by at most 5e-4 (twelve significant digits): it
  // rounds up the same uncleaned. clean matters for the others (7.000000000000001 is 7).
  if (Number.isInteger(needed) && needed < 1e9 && needed > -1e9 && Number.isInteger(monthsRemaining) && monthsRemaining <= 1000) {
    return Math.ceil(share);
  }
  return Math.ceil(clean(share));
}
