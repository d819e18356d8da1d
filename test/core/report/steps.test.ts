/** buildReport's two steps, reportFigures then reportDocument, as the bench times them apart. */
import { buildReport, reportDocument, reportFigures } from "../../../src/core/report/build";
import { sheetTotalDifferences, sumFigures, totalRow } from "../../../src/core/report/figures";
import { AUG_2021, member, officerTable, TARGETS, THREE_OFFICERS } from "./helpers";

const options = { reportDate: AUG_2021, targets: TARGETS, countTerminatedMoney: false };
// The source's own total says 170 eligible cases where An, Bình and Cường have 120 + 40 + 7 = 167.
const sheetTotal = member("Tổng cộng", [170, 132, 7], [62000, 24500, 4500], "Sheet1!B10");
const table = officerTable(THREE_OFFICERS, { sheetTotal });

describe("reportFigures", () => {
  const figures = reportFigures(table, options);

  test("the figures without a sheet: member rows, total of the sums, members' kind", () => {
    expect(figures.memberKind).toBe("officer");
    expect(figures.data.rows.map((r) => r.name)).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]);
    expect(figures.data.total.cases).toMatchObject({ eligible: 167, done: 92 + 6 + 35 + 1 + 5 });
    // Terminated money not counted: done = completed only, 20.000 + 3.000 + 1.500.
    expect(figures.data.total.money).toMatchObject({ eligible: 62000, done: 24500 });
  });

  test("the lines under the summary: the total row's difference, then terminated money left out", () => {
    expect(figures.notes).toHaveLength(2);
    expect(figures.notes[0]).toContain("Sheet1!B10");
    expect(figures.notes[0]).toContain("170");
    expect(figures.notes[0]).toContain("167");
    expect(figures.notes[1]).toBe("Về tiền: số tiền đình chỉ không được tính vào số đã thi hành xong.");
    expect(figures.data.warnings.map((w) => w.where)).toEqual(["Sheet1!B10"]);
  });
});

describe("reportDocument", () => {
  test("the document of the figures is buildReport's, and carries the same figures", () => {
    const figures = reportFigures(table, options);
    const doc = reportDocument(figures, options);
    expect(doc.data).toBe(figures.data);
    expect(doc).toEqual(buildReport(table, options));
  });
});

describe("sums worked out once", () => {
  test("totalRow and sheetTotalDifferences take the members' sums when given", () => {
    const ctx = { targets: TARGETS, monthsRemaining: 1, countTerminatedMoney: true };
    const sums = sumFigures(THREE_OFFICERS);
    expect(sums.cases).toEqual({ eligible: 167, completed: 132, terminated: 7 });
    expect(totalRow("Tổng cộng", THREE_OFFICERS, ctx, sums).cases).toMatchObject({ eligible: 167, done: 139 });
    expect(sheetTotalDifferences(THREE_OFFICERS, sheetTotal, sums)).toEqual([
      { measure: "cases", category: "eligible", sheet: 170, computed: 167 },
    ]);
  });
});
