import { issueText } from "../../../src/i18n/problem";
import {
  competitionRanks,
  measureResult,
  memberRow,
  rankingRate,
  sheetTotalDifferences,
  sumFigures,
  totalRow,
} from "../../../src/core/report/figures";
import type { Issue } from "../../../src/core/table/model";
import { member, THREE_OFFICERS } from "./helpers";

const ctx = { targets: { cases: 0.815, money: 0.48 }, monthsRemaining: 6, countTerminatedMoney: true };

describe("measureResult", () => {
  test("DOMAIN.md's published example: 77,14% against 81,5% is 4,36% short; 46,66% against 48% is 1,34% short", () => {
    const cases = measureResult({ eligible: 10000, completed: 7500, terminated: 214, target: 0.815 }, true, 1).result;
    expect(cases.done).toBe(7714);
    expect(cases.rate).toBe(0.7714);
    expect(cases.gap).toBe(0.0436);
    expect(cases.needed).toBe(436); // 8.150 required − 7.714 done
    expect(cases.neededPerMonth).toBe(436); // one month left
    expect(cases.met).toBe(false);
    const money = measureResult({ eligible: 100000, completed: 46000, terminated: 660, target: 0.48 }, true, 1).result;
    expect(money.rate).toBe(0.4666);
    expect(money.gap).toBe(0.0134);
    expect(money.needed).toBe(1340); // 48.000 − 46.660
  });

  test("7% of 100 eligible needs 7 more, not 8 (binary noise in 0.07 × 100)", () => {
    const r = measureResult({ eligible: 100, completed: 0, terminated: 0, target: 0.07 }, true, 1).result;
    expect(r.needed).toBe(7);
    expect(r.neededPerMonth).toBe(7);
  });

  test("needed per month is rounded up; with no month left it is the whole need", () => {
    // 0.48 × 10.000 = 4.800 required, 3.500 done → 1.300; over 6 months 216,67 → 217
    const r = measureResult({ eligible: 10000, completed: 3000, terminated: 500, target: 0.48 }, true, 6).result;
    expect([r.needed, r.neededPerMonth]).toEqual([1300, 217]);
    expect(measureResult({ eligible: 10000, completed: 3000, terminated: 500, target: 0.48 }, true, 0).result.neededPerMonth).toBe(1300);
  });

  test("eligible 0: no rate, gap or status; nothing needed", () => {
    const r = measureResult({ eligible: 0, completed: 0, terminated: 0, target: 0.815 }, true, 6).result;
    expect(r).toEqual({
      eligible: 0, completed: 0, terminated: 0, done: 0, rate: null, target: 0.815,
      gap: null, needed: 0, neededPerMonth: 0, met: null,
    });
  });

  test("terminated not counted: done is completed only, terminated still reported", () => {
    const r = measureResult({ eligible: 50000, completed: 20000, terminated: 4000, target: 0.48 }, false, 6).result;
    expect([r.done, r.terminated, r.rate, r.gap, r.needed, r.neededPerMonth]).toEqual([20000, 4000, 0.4, 0.08, 4000, 667]);
  });

  test("exactly on target is Đạt with gap 0", () => {
    const r = measureResult({ eligible: 50000, completed: 20000, terminated: 4000, target: 0.48 }, true, 6).result;
    expect([r.rate, r.gap, r.needed, r.met]).toEqual([0.48, 0, 0, true]);
  });

  test("above 100%: the rate is shown as it is and the problem is told", () => {
    const { result, aboveEligible } = measureResult({ eligible: 10, completed: 11, terminated: 1, target: 0.8 }, true, 1);
    expect(result.rate).toBe(1.2);
    expect(result.met).toBe(true);
    expect(aboveEligible).toBe(true);
    expect(measureResult({ eligible: 10, completed: 10, terminated: 0, target: 0.8 }, true, 1).aboveEligible).toBe(false);
  });
});

describe("member and total rows", () => {
  test("a member's own target (percent or fraction) overrides the office's; an invalid one is a warning", () => {
    const issues: Issue[] = [];
    const m = member("A", [100, 80, 0], [1000, 500, 0], "Sheet1!B7");
    m.cases.target = 85; // percent → 0.85: 80 of 100 is short by 5 cases
    m.money.target = 0.5;
    const row = memberRow(m, ctx, issues);
    expect([row.cases.target, row.cases.needed, row.cases.met]).toEqual([0.85, 5, false]);
    expect([row.money.target, row.money.needed, row.money.met]).toEqual([0.5, 0, true]);
    expect(issues).toEqual([]);
    m.cases.target = 250;
    const fallback = memberRow(m, ctx, issues);
    expect(fallback.cases.target).toBe(0.815);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ where: "Sheet1!B7", severity: "warning" });
    expect(issues[0].problem).toEqual({ code: "reportMemberTargetInvalid", params: { member: "A", measure: "cases", value: 250, fallback: 0.815 } });
    expect(issueText(issues[0], "vi")).toBe('A: chỉ tiêu về việc "250" không hợp lệ; dùng chỉ tiêu chung 81,5%.');
    expect(issueText(issues[0], "en")).toBe('A: the target by cases "250" is not valid; the office\'s target 81.5% is used.');
  });

  test("rate above 100% on a member is a warning at the member's cell", () => {
    const issues: Issue[] = [];
    memberRow(member("Quá", [10, 11, 0], [0, 0, 0], "Sheet1!B9"), ctx, issues);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ where: "Sheet1!B9", severity: "warning" });
    expect(issues[0].problem).toEqual({ code: "reportRateAbove100", params: { member: "Quá", measure: "cases", done: 11, eligible: 10 } });
    expect(issueText(issues[0], "vi")).toBe("Quá (về việc): Số thi hành xong + đình chỉ (11) lớn hơn số có điều kiện (10).");
  });

  test("the rate of the group is the rate of the sums, not the average of the rates", () => {
    // An 98/120 = 81,67%, Bình 36/40 = 90%, Cường 5/7 = 71,43%: the average 81,03% is below 81,5%,
    // but the sums 139/167 = 83,23% are above it.
    const total = totalRow("Tổng cộng", THREE_OFFICERS, ctx);
    expect(total.name).toBe("Tổng cộng");
    expect([total.cases.eligible, total.cases.completed, total.cases.terminated, total.cases.done]).toEqual([167, 132, 7, 139]);
    expect(total.cases.rate).toBeCloseTo(139 / 167, 12);
    expect(total.cases.met).toBe(true);
    const average = (98 / 120 + 36 / 40 + 5 / 7) / 3;
    expect(average).toBeLessThan(0.815);
    expect(total.cases.needed).toBe(0); // 0,815 × 167 = 136,105 → 137 ≤ 139
    expect(total.rank).toBeUndefined();
    // money: 29.000 / 62.000; 0,48 × 62.000 = 29.760 → 760 more, 127 a month over 6
    expect([total.money.eligible, total.money.done, total.money.needed, total.money.neededPerMonth]).toEqual([62000, 29000, 760, 127]);
    expect(total.money.rate).toBeCloseTo(29000 / 62000, 12);
    expect(total.money.gap).toBeCloseTo(0.48 - 29000 / 62000, 12);
  });

  test("sumFigures adds every category but the target", () => {
    const a = member("A", [10, 5, 1], [100, 50, 0]);
    a.cases.target = 0.9;
    a.cases.backlog = 4;
    const b = member("B", [20, 10, 2], [200, 0.1, 0.2]);
    expect(sumFigures([a, b])).toEqual({
      cases: { eligible: 30, completed: 15, terminated: 3, backlog: 4 },
      money: { eligible: 300, completed: 50.1, terminated: 0.2 },
    });
  });
});

describe("competitionRanks", () => {
  test("ties share a rank and the next rank is skipped; no rate ranks last", () => {
    expect(competitionRanks([0.5, 0.8, 0.5, 0.3, null])).toEqual([2, 1, 2, 4, 5]);
    expect(competitionRanks([null, 0.2, null])).toEqual([2, 1, 2]);
    expect(competitionRanks([null])).toEqual([1]);
    expect(competitionRanks([])).toEqual([]);
  });

  test("equal fractions with different denominators tie (1/2 and 2/4)", () => {
    const half = member("H", [2, 1, 0], [0, 0, 0]);
    const quarters = member("Q", [4, 2, 0], [0, 0, 0]);
    const rates = [half, quarters].map((m) => rankingRate(memberRow(m, ctx, []).cases));
    expect(competitionRanks(rates)).toEqual([1, 1]);
  });
});

describe("sheetTotalDifferences", () => {
  test("lists each figure of the source's total that differs from the sum of the members", () => {
    const sheetTotal = member("Tổng cộng", [168, 132, 7], [62000, 24500, 4500]);
    sheetTotal.cases.target = 0.815; // a target in the total row is not a sum: never compared
    expect(sheetTotalDifferences(THREE_OFFICERS, sheetTotal)).toEqual([
      { measure: "cases", category: "eligible", sheet: 168, computed: 167 },
    ]);
    expect(sheetTotalDifferences(THREE_OFFICERS, member("Tổng", [167, 132, 7], [62000, 24500, 4500]))).toEqual([]);
  });

  test("a category only the total row has is compared with 0", () => {
    const sheetTotal = { name: "Cộng", cases: { backlog: 5 }, money: {} };
    expect(sheetTotalDifferences(THREE_OFFICERS, sheetTotal)).toEqual([
      { measure: "cases", category: "backlog", sheet: 5, computed: 0 },
    ]);
  });
});
