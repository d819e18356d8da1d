import type { Grid } from "../../src/core/grid";
import { issueText } from "../../src/i18n/problem";
import { recognizeGrid } from "../../src/core/source";
import { sheetStatistics, statisticsOf, unclassifiedStatuses } from "../../src/core/statistics";
import { OFFICER_TABLE_LEGACY } from "../fixtures/tables";
import { problem } from "../../src/i18n/problem";

/** A register with no money unit written anywhere, one unknown status and one amount that is not a number. */
const REGISTER: unknown[][] = [
  ["SỔ THEO DÕI THI HÀNH ÁN"],
  ["Số QĐ", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Số tiền phải thi hành", "Đã thu", "Kết quả"],
  ["12/QĐ-CCTHADS", "05/10/2020", "Nguyễn Văn X", "Trần Thị Bình", 15000, 15000, "Xong"],
  ["13/QĐ-CCTHADS", "06/10/2020", "Lê Văn Y", "Trần Thị Bình", "mười nghìn", 0, "Chờ bán đấu giá"],
  ["14/QĐ-CCTHADS", "07/07/2021", "Hồ Văn Z", "Trần Thị Bình", 700, 0, "Đang thi hành"],
];

const grid = (cells: unknown[][], sheetName = "Sổ theo dõi", origin = { row: 0, col: 0 }): Grid => ({ sheetName, origin, cells, issues: [] });
const AUG_31 = { year: 2021, month: 8, day: 31 };

describe("recognizeGrid", () => {
  it("takes a statistics table as a table", () => {
    const found = recognizeGrid(grid(OFFICER_TABLE_LEGACY, "Biểu 04"));
    expect(found.kind).toBe("table");
  });

  it("takes a case register as a register, naming its officer and status columns", () => {
    const found = recognizeGrid(grid(REGISTER));
    if (found.kind !== "register") throw new Error(`not a register: ${JSON.stringify(found)}`);
    expect(found.layout.columns).toEqual({ decisionNumber: 0, date: 1, officer: 3, amount: 4, collected: 5, status: 6 });
  });

  describe("where the headers are", () => {
    const caseRow = (i: number) => [`${i}/QĐ-CCTHADS`, "05/10/2020", `Người ${i}`, "Trần Thị Bình", 1000, 0, "Đang thi hành"];
    const cases = (n: number) => Array.from({ length: n }, (_, i) => caseRow(i + 1));
    const blankRows = (n: number) => Array.from({ length: n }, () => [""]);
    const table = OFFICER_TABLE_LEGACY;

    it("takes a table whose header is anywhere, below rows of notes", () => {
      const found = recognizeGrid(grid([...blankRows(60), ...table], "Biểu 04"));
      if (found.kind !== "table") throw new Error(`not a table: ${found.kind}`);
      expect(found.layout.headerRows.first).toBeGreaterThanOrEqual(60);
    });

    it("takes a register whose header is below row 30 when no table is there", () => {
      const found = recognizeGrid(grid([...blankRows(40), ...REGISTER]));
      if (found.kind !== "register") throw new Error(`not a register: ${found.kind}`);
      expect(found.layout.headerRow).toBe(41);
    });

    it("takes the table when its header is in the head rows, above a register", () => {
      const found = recognizeGrid(grid([...table, [""], ...REGISTER.slice(1)]));
      expect(found.kind).toBe("table");
    });

    it("takes a register whose header is in the head rows without searching its case rows for a table", () => {
      // A table's header below 200 case rows is not what the sheet holds: its top says it is a register.
      const found = recognizeGrid(grid([...REGISTER.slice(0, 2), ...cases(200), [""], ...table]));
      if (found.kind !== "register") throw new Error(`not a register: ${found.kind}`);
      expect(found.layout.headerRow).toBe(1);
    });
  });

  it("says why neither was found, once for each kind, as errors on the sheet", () => {
    const found = recognizeGrid(grid([["Danh sách cán bộ"], ["Họ tên", "Ngày sinh"], ["An", "1/1/1990"]], "Cán bộ"));
    if (found.kind !== "none") throw new Error("recognised a sheet that is neither");
    expect(found.reasons.map((r) => [r.where, r.severity])).toEqual([["Cán bộ", "error"], ["Cán bộ", "error"]]);
    expect(issueText(found.reasons[0], "vi")).toMatch(/Có điều kiện/);
    expect(issueText(found.reasons[1], "vi")).toMatch(/Chấp hành viên|Trạng thái|thiếu/i);
  });
});

describe("the sheet → statistics table step", () => {
  const readerIssue = { where: "'Sổ theo dõi'!B9", problem: problem("tableRowWithoutName", { line: 9, cell: "'Sổ theo dõi'!B9" }), severity: "warning" as const };

  it("merges the reader's issues, then the layout's notes, then the figures' issues", () => {
    const step = sheetStatistics({ ...grid(REGISTER), issues: [readerIssue] }, { reportDate: AUG_31 });
    if (step.kind !== "register") throw new Error("not a register");
    const notes = step.layout.notes;
    expect(notes.length).toBeGreaterThan(0); // no money unit in the headers: thousands assumed, said so
    expect(step.table.issues[0]).toBe(readerIssue);
    expect(step.table.issues.slice(1, 1 + notes.length).map((i) => [i.where, i.problem, i.severity])).toEqual(
      notes.map((n) => ["Sổ theo dõi", n, "warning"]),
    );
    // The amount in E4 is not a number: an error naming that cell comes after the notes.
    const rest = step.table.issues.slice(1 + notes.length);
    expect(rest.some((i) => i.severity === "error" && i.where === "'Sổ theo dõi'!E4")).toBe(true);
  });

  it("applies the user's choices: a classified status, an excluded row, the report date", () => {
    const found = recognizeGrid(grid(REGISTER, "Sổ theo dõi", { row: 10, col: 2 }));
    if (found.kind !== "register") throw new Error("not a register");
    const before = statisticsOf(found, { reportDate: AUG_31 });
    expect(unclassifiedStatuses(before).map((s) => s.text)).toEqual(["Chờ bán đấu giá"]);
    const classified = statisticsOf(found, { reportDate: AUG_31, register: { reclassified: { "Chờ bán đấu giá": "inProgress" } } });
    expect(unclassifiedStatuses(classified)).toEqual([]);
    expect(classified.table.members.map((m) => [m.name, m.cases.accepted, m.cases.inProgress])).toEqual([["Trần Thị Bình", 3, 2]]);
    // Grid row 3 sits at sheet row 13 (0-based): excluding it leaves the two other cases.
    const excluded = statisticsOf(found, { reportDate: AUG_31, excludedRows: [13] });
    expect(excluded.table.members.map((m) => [m.name, m.cases.accepted])).toEqual([["Trần Thị Bình", 2]]);
    // A report date before 7/7/2021 leaves the third case out of the period too.
    const june = statisticsOf(found, { reportDate: { year: 2021, month: 6, day: 30 }, excludedRows: [13] });
    expect(june.table.members[0].cases.accepted).toBe(1);
  });

  it("says why nothing was recognised", () => {
    const step = sheetStatistics(grid([["Ghi chú"]]), { reportDate: AUG_31 });
    expect(step.kind).toBe("none");
  });
});
