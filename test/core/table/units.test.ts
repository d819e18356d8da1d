/**
 * Issue 10 through the core, on the workbooks of scripts/make-table-fixtures.js (the grids they
 * hold): money kept in đồng, counts that are no counts, amounts with currency words, two tables on
 * one sheet, the period the title names. Expected figures by hand in each test.
 */
import { isError } from "../../../src/core/errors";
import { parseCurrencyAmount } from "../../../src/core/numbers";
import { periodOf } from "../../../src/core/periods";
import { buildReport } from "../../../src/core/report/build";
import { ExtractOptions, extractTable } from "../../../src/core/table/extract";
import { moneyUnitOf, statesOtherMoneyUnit, unitLineMoneyUnit } from "../../../src/core/table/labels";
import type { Issue, StatTable } from "../../../src/core/table/model";
import { GridOptions, recognizeTable, TableLayout } from "../../../src/core/table/recognize";
import { titlePeriodMismatch, titleReportDate } from "../../../src/core/table/titlePeriod";
import { issueText, renderProblem } from "../../../src/i18n/problem";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fixtures = require("../../../scripts/make-table-fixtures.js");

const SHEET = "Biểu 04";
const grid = (file: string): unknown[][] => fixtures.gridOf(fixtures.FIXTURES[file]);

function layoutOf(cells: unknown[][], opts: GridOptions = {}): TableLayout {
  const layout = recognizeTable(cells, { sheetName: SHEET, ...opts });
  if (isError(layout)) throw new Error(renderProblem(layout.problem, "vi"));
  return layout;
}

function read(file: string, opts: ExtractOptions = {}): StatTable {
  const cells = grid(file);
  return extractTable(cells, layoutOf(cells, opts), { sheetName: SHEET, ...opts });
}

const money = (t: StatTable) => t.members.map((m) => [m.name, m.money.eligible, m.money.completed, m.money.terminated]);
const brief = (issues: Issue[]) => issues.map((i) => [i.where, i.severity, i.problem?.code]);
const REPORT = { reportDate: { year: 2021, month: 8, day: 31 }, targets: { cases: 0.815, money: 0.48 } };

describe("money kept in đồng", () => {
  test("a 'Về tiền (đồng)' band: each figure rounded once to nghìn đồng, half up; the total agrees", () => {
    const t = read("tien-dong-bang.xlsx");
    // 1.250.500 → 1.251 (1.250,5 rounds up), 600.499 → 600, 455.500 → 456, 1.200.600 → 1.201
    expect(money(t)).toEqual([
      ["Nguyễn Văn Hùng", 1251, 600, 100],
      ["Trần Thị Mai", 980, 456, 0],
      ["Phạm Quốc Bảo", 2000, 1201, 50],
    ]);
    expect(t.members[0].cases).toEqual({ eligible: 120, completed: 90, terminated: 4 });
    // The source total agrees in đồng (4.230.900 = 1.250.500 + 980.000 + 2.000.400): no rounding "mismatch".
    expect(t.sheetTotal?.money).toEqual({ eligible: 4231, completed: 2257, terminated: 150 });
    expect(t.issues).toEqual([]);
    expect(t.notes).toEqual([{ code: "tableMoneyInDong", params: { cells: ["'Biểu 04'!F4"], chosen: false } }]);
    expect(renderProblem(t.notes![0], "vi")).toBe(
      "Số tiền của bảng ghi bằng đồng (ô 'Biểu 04'!F4): đã đổi sang nghìn đồng, mỗi số làm tròn một lần đến nghìn đồng (từ 500 đồng làm tròn lên).",
    );
    const doc = buildReport(t, REPORT);
    // 4.231 eligible, 2.257 + 150 = 2.407 done
    expect([doc.data.total.money.eligible, doc.data.total.money.done]).toEqual([4231, 2407]);
    expect(doc.data.warnings).toEqual([]);
    const texts = doc.sheets[0].rows.map((r) => r[0].value);
    expect(texts).toContain(renderProblem(t.notes![0], "vi"));
  });

  test("a unit line in the title ('Đơn vị tính: việc; đồng'): the same figures, the note names the line's cell", () => {
    const t = read("tien-dong-don-vi-tinh.xlsx");
    expect(money(t)).toEqual([
      ["Nguyễn Văn Hùng", 1251, 600, 100],
      ["Trần Thị Mai", 980, 456, 0],
      ["Phạm Quốc Bảo", 2000, 1201, 50],
    ]);
    expect(t.notes).toEqual([{ code: "tableMoneyInDong", params: { cells: ["'Biểu 04'!G4"], chosen: false } }]);
  });

  test("'1.000đ' means thousands: read as it is, no note", () => {
    const t = read("tien-nghin.xlsx");
    expect(money(t)).toEqual([
      ["Nguyễn Văn Hùng", 1250, 600, 100],
      ["Trần Thị Mai", 980, 455, 0],
    ]);
    expect(t.notes).toBeUndefined();
  });

  test("the user's unit overrides what is written", () => {
    expect(money(read("tien-dong-bang.xlsx", { moneyUnit: "thousand" }))[0]).toEqual(["Nguyễn Văn Hùng", 1250500, 600499, 100000]);
    const t = read("tien-nghin.xlsx", { moneyUnit: "dong" });
    // 1.250 đ → 1 (1,25), 600 → 1 (0,6), 100 → 0 (0,1); 980 → 1, 455 → 0
    expect(money(t)).toEqual([
      ["Nguyễn Văn Hùng", 1, 1, 0],
      ["Trần Thị Mai", 1, 0, 0],
    ]);
    expect(t.notes).toEqual([{ code: "tableMoneyInDong", params: { cells: [], chosen: true } }]);
    expect(renderProblem(t.notes![0], "en")).toBe(
      "The table's money is in dong (as chosen): converted to thousand dong, each figure rounded once to the nearest thousand (500 dong rounds up).",
    );
  });

  test("no unit written anywhere: thousands assumed, and a note says so", () => {
    const cells = [
      ["Chấp hành viên", "Có ĐK", "Xong", "Tiền có ĐK", "Tiền xong"],
      ["Ngô Văn Lợi", 10, 8, 5000, 2600],
    ];
    const t = extractTable(cells, layoutOf(cells));
    expect(money(t)).toEqual([["Ngô Văn Lợi", 5000, 2600, undefined]]);
    expect(t.notes).toEqual([{ code: "tableMoneyUnitAssumed", params: {} }]);
    expect(renderProblem(t.notes![0], "vi")).toBe("Bảng không ghi đơn vị tiền: số tiền được coi là nghìn đồng.");
  });

  test("a unit the add-in does not read (triệu đồng) is an error naming its cell, never taken as thousands", () => {
    const cells = [
      ["STT", "Chấp hành viên", "Về việc", null, "Về tiền (triệu đồng)", null, "Tỷ lệ"],
      [null, null, "Có ĐK", "Xong", "Có ĐK", "Xong", null],
      [1, "Ngô Văn Lợi", 10, 8, 5, 2.6, 0.8],
    ].map((r) => r.map((v) => v ?? ""));
    const t = extractTable(cells, layoutOf(cells), { sheetName: SHEET });
    expect(brief(t.issues)).toEqual([["'Biểu 04'!E1", "error", "tableMoneyUnitUnreadable"]]);
    expect(issueText(t.issues[0], "vi")).toBe(
      "Ô 'Biểu 04'!E1 ghi đơn vị tiền \"Về tiền (triệu đồng)\": chỉ đọc được đồng hoặc nghìn đồng; hãy đổi bảng sang một trong hai đơn vị này, hoặc chọn đơn vị tiền.",
    );
    expect(t.notes).toBeUndefined();
    expect(buildReport(t, REPORT).data.errors).toHaveLength(1);
  });

  test("units as headers write them", () => {
    expect(["Về tiền (đồng)", "Số tiền (đồng)", "Số tiền (đ)", "VND"].map(moneyUnitOf)).toEqual(["dong", "dong", "dong", "dong"]);
    expect(["Về tiền (nghìn đồng)", "1.000đ", "1000 đồng", "Tiền (1.000 đ)", "ngàn đồng"].map(moneyUnitOf)).toEqual(Array(5).fill("thousand"));
    expect(["Về tiền", "Có đ/k", "Triệu đồng"].map(moneyUnitOf)).toEqual([undefined, undefined, undefined]);
    expect(unitLineMoneyUnit("Đơn vị tính: việc; đồng")).toBe("dong");
    expect(unitLineMoneyUnit("ĐVT: Việc, 1.000 đồng")).toBe("thousand");
    expect(unitLineMoneyUnit("Cộng đồng dân cư")).toBeUndefined();
    expect(["Về tiền (triệu đồng)", "Tỷ đồng", "ĐVT: triệu đồng"].map(statesOtherMoneyUnit)).toEqual([true, true, true]);
    expect(["Tỷ lệ", "Về tiền", "Tỷ lệ về tiền"].map(statesOtherMoneyUnit)).toEqual([false, false, false]);
  });
});

describe("counts are whole numbers", () => {
  const cells = grid("so-viec-sai.xlsx");
  const layout = layoutOf(cells);
  const dateCells = fixtures.dateCellsOf(fixtures.FIXTURES["so-viec-sai.xlsx"]);

  test("a percent, a fraction, a date in a count, a percent in money: errors naming the cell", () => {
    const t = extractTable(cells, layout, { sheetName: SHEET, dateCells });
    expect(brief(t.issues)).toEqual([
      ["'Biểu 04'!E6", "error", "tablePercentInFigure"],
      ["'Biểu 04'!D7", "error", "tableCountNotWhole"],
      ["'Biểu 04'!H7", "error", "tablePercentInFigure"],
      ["'Biểu 04'!C8", "error", "tableDateInFigure"],
    ]);
    expect(issueText(t.issues[0], "vi")).toBe("Ô 'Biểu 04'!E6 (Lê Thị Hoa, đình chỉ về việc): \"5%\" là tỷ lệ phần trăm, không phải số việc.");
    expect(issueText(t.issues[1], "vi")).toBe("Ô 'Biểu 04'!D7 (Đặng Văn Nam, thi hành xong về việc): số việc 12,5 không phải là số nguyên.");
    expect(issueText(t.issues[3], "vi")).toBe("Ô 'Biểu 04'!C8 (Vũ Thị Lan, có điều kiện thi hành về việc): ô có định dạng ngày tháng, không phải số việc.");
    expect(issueText(t.issues[2], "en")).toBe('Cell \'Biểu 04\'!H7 (Đặng Văn Nam, terminated, by money): "10%" is a percentage, not an amount.');
    // Never read as 0,05 or 5: the figures are left out of their member.
    expect(t.members.map((m) => m.cases)).toEqual([{ eligible: 60, completed: 41 }, { eligible: 48, terminated: 2 }, { completed: 20, terminated: 1 }]);
    expect(buildReport(t, REPORT).data.errors).toHaveLength(4);
  });

  test("without a reader telling dates apart, the date's serial (15/08/2021 = 44423) cannot be told from a count", () => {
    const t = extractTable(cells, layout, { sheetName: SHEET });
    expect(t.members[2].cases.eligible).toBe(44423);
  });
});

describe("currency words on amounts", () => {
  const t = read("tien-co-chu.xlsx");

  test("read in the column's unit with a warning naming the cell; a rejected amount builds no further warning", () => {
    expect(brief(t.issues)).toEqual([
      ["'Biểu 04'!F6", "warning", "tableCurrencyText"],
      ["'Biểu 04'!H6", "error", "tableNotANumber"],
      ["'Biểu 04'!F7", "warning", "tableCurrencyText"],
      ["'Biểu 04'!G7", "warning", "tableCurrencyText"],
    ]);
    expect(money(t)).toEqual([
      ["Hoàng Minh Tuấn", 4250, 3000, undefined],
      ["Bùi Thị Thu", 1000000, 500000, 0],
    ]);
    expect(issueText(t.issues[0], "vi")).toBe(
      "Ô 'Biểu 04'!F6 (Hoàng Minh Tuấn, có điều kiện thi hành về tiền): số tiền \"4.250 đ\" có ghi đơn vị tiền, đã đọc là 4.250 theo đơn vị của cột (nghìn đồng); kiểm tra lại nếu số này không cùng đơn vị với cột.",
    );
  });

  test("parseCurrencyAmount reads the number before đ, đồng, VNĐ, VND, ₫ and nothing else", () => {
    const texts = ["4.250 đ", "2.500.000 đồng", "1 000 000 VNĐ", "1000đ", "12,5 Đ", "100 vnd", "4.250 ₫", "3.000.000 đồng.", "2.500 \u0111o\u0302\u0300ng"];
    expect(texts.map(parseCurrencyAmount)).toEqual([4250, 2500000, 1000000, 1000, 12.5, 100, 4250, 3000000, 2500]);
    expect(["5%đ", "abc đ", "đ", "1.234", "đồng 500", ""].map(parseCurrencyAmount)).toEqual(Array(6).fill(undefined));
  });
});

describe("two tables on one sheet", () => {
  const cells = grid("hai-bang.xlsx");

  test("the first ends before the second's header; a warning names where the second starts", () => {
    const t = extractTable(cells, layoutOf(cells), { sheetName: SHEET });
    expect(t.members.map((m) => m.name)).toEqual(["Nguyễn Văn Hùng", "Trần Thị Mai"]);
    expect(t.sheetTotal?.cases).toEqual({ eligible: 205, completed: 160, terminated: 5 });
    expect(t.issues).toEqual([
      { where: "'Biểu 04'!A11", severity: "warning", row: 10, col: 0, problem: { code: "tableSecondTable", params: { line: 11, cell: "'Biểu 04'!A11" } } },
    ]);
    expect(buildReport(t, REPORT).data.warnings).toHaveLength(1); // the total agrees: nothing more
  });

  test("the second is recognised from the row the warning names", () => {
    const layout = layoutOf(cells, { fromRow: 10 });
    expect([layout.memberKind, layout.headerRows, layout.titleStartRow]).toEqual(["unit", { first: 10, last: 11 }, 10]);
    const t = extractTable(cells, layout, { sheetName: SHEET });
    expect(t.members.map((m) => [m.name, m.cases.eligible, m.money.eligible])).toEqual([
      ["Đội Thi hành án số 1", 300, 5000],
      ["Đội Thi hành án số 2", 250, 4200],
    ]);
    expect(t.issues).toEqual([]);
  });
});

describe("the period the title names", () => {
  test("'11 tháng năm 2021' in A3: its end is the default date; another period is warned about, naming both", () => {
    const layout = layoutOf(grid("tien-dong-bang.xlsx"));
    expect(titleReportDate(layout)).toEqual({ year: 2021, month: 8, day: 31 });
    expect(titlePeriodMismatch(layout, { year: 2021, month: 8, day: 15 })).toBeUndefined();
    const issue = titlePeriodMismatch(layout, { year: 2021, month: 9, day: 30 });
    expect(issue).toEqual({
      where: "'Biểu 04'!A3",
      severity: "warning",
      problem: { code: "tablePeriodMismatch", params: { cell: "'Biểu 04'!A3", title: periodOf({ year: 2021, month: 8, day: 31 }), chosen: periodOf({ year: 2021, month: 9, day: 30 }) } },
    });
    expect(issueText(issue!, "vi")).toBe(
      "Ngày báo cáo đã chọn thuộc kỳ 12 tháng năm 2021 (01/10/2020 – 30/09/2021), nhưng tiêu đề bảng (ô 'Biểu 04'!A3) ghi kỳ 11 tháng năm 2021 (01/10/2020 – 31/08/2021): kiểm tra lại ngày báo cáo.",
    );
  });

  test("'Tháng 8/2021' and '6 tháng đầu năm 2024'", () => {
    expect(titleReportDate(layoutOf(grid("tien-nghin.xlsx")))).toEqual({ year: 2021, month: 8, day: 31 });
    expect(titleReportDate(layoutOf(grid("so-viec-sai.xlsx")))).toEqual({ year: 2024, month: 3, day: 31 });
  });
});
