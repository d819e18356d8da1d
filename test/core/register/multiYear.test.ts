/**
 * A three-year register through the core the pane and the command use (recognizeGrid, then
 * aggregateRegister): at several report dates every figure equals the brute-force reference of
 * multiYear.ts; without its result-date column, the statuses as they stand today and the note.
 */
import { recognizeGrid } from "../../../src/core/source";
import { aggregateRegister } from "../../../src/core/register/aggregate";
import { statTableRows } from "../../../src/core/report/statTable";
import { expectedTable, makeCases, registerCells, type Day } from "./multiYear";

const cases = makeCases(1500, 2021);

function tableAt(withResultDate: boolean, reportDate: Day) {
  const cells = registerCells(cases, withResultDate);
  const found = recognizeGrid({ sheetName: "Sổ theo dõi", origin: { row: 0, col: 0 }, cells, issues: [] });
  if (found.kind !== "register") throw new Error(`not recognised as a register: ${found.kind}`);
  return aggregateRegister(found.grid.cells, found.layout, { reportDate, sheetName: "Sổ theo dõi", today: { year: 2026, month: 1, day: 1 } });
}

describe.each([
  { year: 2021, month: 8, day: 31 },
  { year: 2021, month: 3, day: 31 },
  { year: 2020, month: 10, day: 31 },
])("a three-year register at %o", (reportDate) => {
  it("the generated cases cover every rule: ended before S, inside the year, after D, no result date, accepted after D", () => {
    const D = Date.UTC(reportDate.year, reportDate.month - 1, reportDate.day);
    const S = Date.UTC(reportDate.month >= 10 ? reportDate.year : reportDate.year - 1, 9, 1);
    const closed = cases.filter((c) => ["completed", "terminated", "delegatedOut", "revoked"].includes(c.status) && c.accepted.getTime() <= D);
    expect(closed.filter((c) => c.end && c.end.getTime() < S).length).toBeGreaterThan(10);
    expect(closed.filter((c) => c.end && c.end.getTime() >= S && c.end.getTime() <= D).length).toBeGreaterThan(10);
    expect(closed.filter((c) => c.end && c.end.getTime() > D).length).toBeGreaterThan(10);
    expect(closed.filter((c) => !c.end).length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.accepted.getTime() > D).length).toBeGreaterThan(10);
  });

  it("every member's figures and the total equal the reference, figure by figure", () => {
    const r = tableAt(true, reportDate);
    const expected = expectedTable(cases, reportDate, true);
    const got = statTableRows(r.table);
    expect(Object.fromEntries(got.rows.map((row) => [row.name, row.figures]))).toEqual(expected.members);
    expect(got.total).toEqual(expected.total);
    expect(r.table.issues.filter((i) => i.severity === "error")).toEqual([]);
    // The closed cases without a result date: one warning with their count.
    const closedWithout = r.table.issues.filter((i) => i.problem?.code === "registerClosedWithoutResultDate");
    expect(closedWithout).toHaveLength(1);
  });

  it("without the result-date column: the figures of the statuses as they stand, and the note", () => {
    const r = tableAt(false, reportDate);
    const expected = expectedTable(cases, reportDate, false);
    const got = statTableRows(r.table);
    expect(Object.fromEntries(got.rows.map((row) => [row.name, row.figures]))).toEqual(expected.members);
    expect(got.total).toEqual(expected.total);
    expect(r.table.issues.map((i) => i.problem?.code)).toEqual(["registerNoResultDate"]);
    // The two rules really differ on this register.
    expect(expected.total).not.toEqual(expectedTable(cases, reportDate, true).total);
  });
});
