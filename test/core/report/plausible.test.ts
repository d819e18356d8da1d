/**
 * Issue 10, item 6: choices that are valid but most often a slip are warned about by the step that
 * reads the options (core/report/plausible.ts through buildReport), in both languages; the figures
 * stay as computed. The thresholds are the issue's: below 10%, after today, more than two years back.
 */
import { buildReport, consolidateReports } from "../../../src/core/report/build";
import { issueText } from "../../../src/i18n/problem";
import { AUG_2021, officerTable, TARGETS, THREE_OFFICERS } from "./helpers";

const TODAY = { year: 2021, month: 9, day: 15 };
const codes = (warnings: { problem: { code: string } }[]) => warnings.map((w) => w.problem.code);

describe("implausible targets", () => {
  test("0,5% (0,005, typed for 50%) for cases: one warning in each language, and the figures are computed with it", () => {
    const { data } = buildReport(officerTable(THREE_OFFICERS), { reportDate: AUG_2021, targets: { cases: 0.005, money: 0.48 }, today: TODAY });
    expect(codes(data.warnings)).toEqual(["reportTargetImplausible"]);
    expect(issueText(data.warnings[0], "vi")).toBe(
      "Chỉ tiêu về việc 0,5% thấp bất thường (dưới 10%): kiểm tra lại (81,5% nhập là 81,5 hoặc 0,815).",
    );
    expect(issueText(data.warnings[0], "en")).toBe("The target by cases 0.5% is unusually low (below 10%): check it (81.5% is typed 81.5 or 0.815).");
    // An: 98 done of 120 eligible; 0,005 × 120 = 0,6 → 1 case needed at most, already done.
    expect(data.rows[0].cases.target).toBe(0.005);
    expect(data.rows[0].cases.needed).toBe(0);
    expect(data.errors).toEqual([]);
  });

  test("10% exactly and 100% exactly are taken without a warning; 9,99% is warned about", () => {
    const at = (cases: number) => buildReport(officerTable(THREE_OFFICERS), { reportDate: AUG_2021, targets: { cases, money: 0.48 }, today: TODAY });
    expect(at(0.1).data.warnings).toEqual([]);
    expect(at(1).data.warnings).toEqual([]);
    expect(codes(at(0.0999).data.warnings)).toEqual(["reportTargetImplausible"]);
  });

  test("above 100% stays an error (the report is not written), not a mere warning", () => {
    const { data } = buildReport(officerTable(THREE_OFFICERS), { reportDate: AUG_2021, targets: { cases: 8.15, money: 0.48 }, today: TODAY });
    expect(codes(data.errors)).toEqual(["reportTargetInvalid"]);
  });
});

describe("implausible report dates", () => {
  const on = (reportDate: { year: number; month: number; day: number }, today = TODAY) =>
    buildReport(officerTable(THREE_OFFICERS), { reportDate, targets: TARGETS, today }).data.warnings;

  test("31/08/2022 when today is 15/09/2021: after today", () => {
    const warnings = on({ year: 2022, month: 8, day: 31 });
    expect(codes(warnings)).toEqual(["reportDateInFuture"]);
    expect(issueText(warnings[0], "vi")).toBe("Ngày báo cáo 31/08/2022 sau hôm nay (15/09/2021): kiểm tra lại ngày báo cáo.");
    expect(issueText(warnings[0], "en")).toBe("The report date 31 Aug 2022 is after today (15 Sep 2021): check the report date.");
  });

  test("today itself and the day two years back are plausible; one day earlier is not", () => {
    expect(on(TODAY)).toEqual([]);
    expect(on({ year: 2019, month: 9, day: 15 })).toEqual([]);
    const warnings = on({ year: 2019, month: 9, day: 14 });
    expect(codes(warnings)).toEqual(["reportDateLongAgo"]);
    expect(issueText(warnings[0], "vi")).toBe("Ngày báo cáo 14/09/2019 cách hôm nay (15/09/2021) hơn 2 năm: kiểm tra lại ngày báo cáo.");
  });

  test("29/02/2024 as today: two years back is 28/02/2022", () => {
    const leap = { year: 2024, month: 2, day: 29 };
    expect(on({ year: 2022, month: 2, day: 28 }, leap)).toEqual([]);
    expect(codes(on({ year: 2022, month: 2, day: 27 }, leap))).toEqual(["reportDateLongAgo"]);
  });

  test("no today given (the functions, the bench): no date warning", () => {
    expect(buildReport(officerTable(THREE_OFFICERS), { reportDate: { year: 2001, month: 1, day: 31 }, targets: TARGETS }).data.warnings).toEqual([]);
  });

  test("a consolidation says it once, not once per unit", () => {
    const units = ["Quận 1", "Quận 3"].map((name) => ({ name, table: officerTable(THREE_OFFICERS) }));
    const doc = consolidateReports(units, { reportDate: { year: 2022, month: 8, day: 31 }, targets: TARGETS, today: TODAY });
    expect(codes(doc.data.warnings)).toEqual(["reportDateInFuture"]);
  });
});
