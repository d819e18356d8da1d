/**
 * The trend and the projection on the generated monthly series (tables.ts). The projection is checked
 * against a reference written here from the rule, and against hand arithmetic.
 */
import { periodInTitleRows } from "../../../src/core/periodName";
import { buildTrend, MonthTable } from "../../../src/core/year/trend";
import { renderProblem } from "../../../src/i18n/problem";
import { monthMembers, monthOf, statTable, tableGrid } from "./tables";

const targets = { cases: 0.815, money: 0.48 };

/** Month k as a sheet: "T10-2020"…, or a bare "T10" with the title naming the month. */
function month(k: number, naming: "name" | "title" | "bare" = "name"): MonthTable {
  const { month: mo, year } = monthOf(k);
  const title = naming === "title" ? `Tháng ${mo}/${year}` : "Báo cáo kết quả thi hành án dân sự";
  const name = naming === "name" ? `T${mo}-${year}` : `T${mo}`;
  return { table: statTable(monthMembers(k)), name, source: name, title: periodInTitleRows(tableGrid([title], monthMembers(k)), 2, { sheetName: name }) };
}
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** The rule, written out: months present → X₁₂. */
function reference(present: number[], x: (k: number) => number): number {
  const m = Math.max(...present);
  if (present.includes(m - 3)) return x(m) + ((x(m) - x(m - 3)) / 3) * (12 - m);
  const f = Math.min(...present);
  return x(m) + ((x(m) - x(f)) / (m - f)) * (12 - m);
}
const casesEligible = (k: number) => 500 + 20 * k;
const casesDone = (k: number) => 35 * k + 5 * Math.max(0, k - 8);
const moneyEligible = (k: number) => 18000 + 900 * k;
const moneyDone = (k: number) => 550 * k;

describe("October to August", () => {
  const trend = buildTrend(range(1, 11).map((k) => month(k)).reverse(), { targets });

  it("eleven months in order, each with its total", () => {
    expect(trend.fiscalYear).toBe(2021);
    expect(trend.months.map((m) => m.months)).toEqual(range(1, 11));
    expect(trend.months[10].total.cases).toEqual({ eligible: 720, done: 400, rate: expect.any(Number) });
    expect(trend.months[10].total.cases.rate).toBeCloseTo(400 / 720, 11);
    expect(trend.months[0].period.end).toEqual({ year: 2020, month: 10, day: 31 });
    expect(trend.warnings).toEqual([]);
  });

  it("projection at the pace of the last three months (August against May)", () => {
    const p = trend.projection!;
    expect(p.basis).toBe("recent");
    expect([p.from, p.to]).toEqual([8, 11]);
    // cases: eligible 720 + (720 − 660)/3 = 740, done 400 + (400 − 280)/3 = 440
    expect(p.cases.eligible).toBe(740);
    expect(p.cases.done).toBe(440);
    expect(p.cases.rate).toBeCloseTo(440 / 740, 12);
    // money: 27900 + 2700/3 = 28800, 6050 + 1650/3 = 6600
    expect(p.money.eligible).toBe(reference(range(1, 11), moneyEligible));
    expect(p.money.eligible).toBe(28800);
    expect(p.money.done).toBe(6600);
    // needed: 81,5% × 740 = 603,1 → 604 − 400 = 204 in the one month left; 48% × 28800 = 13824 − 6050 = 7774
    expect(p.cases.neededPerMonth).toBe(204);
    expect(p.money.neededPerMonth).toBe(7774);
  });

  it("member rows of each month", () => {
    expect(trend.months[10].rows[1]).toEqual({
      name: "Trần Thị Bình",
      cases: { eligible: 310, done: 180, rate: expect.any(Number) },
      money: { eligible: 12400, done: 2750, rate: expect.any(Number) },
    });
  });
});

describe("fewer months, gaps, other years", () => {
  it("three months: the mean monthly change since October", () => {
    const p = buildTrend(range(1, 3).map((k) => month(k)), { targets }).projection!;
    expect(p.basis).toBe("mean");
    // done 105 + (105 − 35)/2 × 9 = 420; eligible 560 + 40/2 × 9 = 740
    expect(p.cases.done).toBe(420);
    expect(p.cases.eligible).toBe(740);
    expect(p.cases.done).toBe(reference([1, 2, 3], casesDone));
    expect(p.cases.neededPerMonth).toBe(Math.ceil(Math.ceil(0.815 * 740 - 105) / 9));
  });

  it("a gap at m − 3: the mean since the first month, and a note naming the missing month", () => {
    const present = range(1, 11).filter((k) => k !== 8);
    const trend = buildTrend(present.map((k) => month(k)), { targets });
    expect(trend.projection!.basis).toBe("mean");
    expect(trend.projection!.cases.done).toBeCloseTo(reference(present, casesDone), 9); // 400 + 365/10 = 436,5
    expect(trend.projection!.cases.done).toBeCloseTo(436.5, 9);
    expect(trend.projection!.cases.eligible).toBeCloseTo(reference(present, casesEligible), 9);
    expect(trend.projection!.money.done).toBeCloseTo(reference(present, moneyDone), 9);
    expect(trend.warnings.map((w) => renderProblem(w.problem!, "vi"))).toEqual(["Thiếu bảng của tháng 5/2021: diễn biến bỏ qua các tháng đó."]);
  });

  it("a single month: no projection", () => {
    expect(buildTrend([month(4)], { targets }).projection).toBeNull();
  });

  it("bare sheet names take the year from the titles of the others; another year is left out with a note", () => {
    const other: MonthTable = { ...month(5), name: "T2-2020", source: "T2-2020", title: undefined };
    const trend = buildTrend([month(1, "title"), month(2, "bare"), month(3, "title"), other], { targets });
    expect(trend.months.map((m) => m.months)).toEqual([1, 2, 3]);
    const texts = trend.warnings.map((w) => renderProblem(w.problem!, "vi"));
    expect(texts).toEqual(["T2-2020: kỳ 5 tháng năm 2020 (01/10/2019 – 29/02/2020) thuộc năm thống kê khác năm 2021: đã bỏ qua."]);
  });

  it("a bare name with no year anywhere is left out with a note", () => {
    const trend = buildTrend([month(2, "bare")], { targets });
    expect(trend.months).toEqual([]);
    expect(trend.warnings.map((w) => w.problem!.code)).toEqual(["yearMonthUnknown"]);
  });

  it("the same month twice: the later table is left out with a note", () => {
    const trend = buildTrend([month(1), { ...month(1), source: "T10-2020 (2)" }, month(2)], { targets });
    expect(trend.months).toHaveLength(2);
    expect(trend.warnings[0].problem!.code).toBe("yearDuplicateMonth");
  });

  it("no table with a period: an error", () => {
    const trend = buildTrend([{ ...month(1), name: "Sheet1", source: "Sheet1", title: undefined }], { targets });
    expect(trend.months).toEqual([]);
    expect(trend.errors.map((e) => e.problem!.code)).toEqual(["yearNoMonth"]);
  });
});
