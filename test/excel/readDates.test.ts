/**
 * Issue 10, item 2 in the pane: Office.js gives a date as its serial (29/07/2021 is 44406), so the
 * pane's reader reads the cells' number formats with their values and lists the numbers shown as
 * dates (SheetCells.dateCells, at sheet positions as the .xlsx readers give them): a date typed in a
 * count cell is then an error naming the cell, never 44.406 cases.
 */
import { MIB, standin } from "./standin";
import { readActiveTable } from "../../src/excel/read";
import { officerTable } from "./officerTable";
import { sheetStatistics } from "../../src/core/statistics";
import { issueText } from "../../src/i18n/problem";

/** 29/07/2021 in Excel's 1900 system: days from 30/12/1899, worked out from the calendar. */
const JULY_29 = (Date.UTC(2021, 6, 29) - Date.UTC(1899, 11, 30)) / 86_400_000;
const AUG_31 = { year: 2021, month: 8, day: 31 };
const bytesOf = (grid: unknown[][]) => Buffer.byteLength(JSON.stringify(grid), "utf8");

beforeEach(() => standin.reset());

describe("the pane's reader lists the numbers shown as dates", () => {
  it("a date typed in a count cell (D12) is listed at its sheet position, and is an error naming it", async () => {
    const rows = officerTable(20);
    rows[9][2] = JULY_29; // B3 + 9 rows = row 12, C + 1 = D: Cán bộ 8's completed cases
    standin.addSheet("Biểu 04", rows, "B3");
    standin.setNumberFormat("Biểu 04", "D12", "dd/mm/yyyy");
    standin.setNumberFormat("Biểu 04", "B5:B22", "dd/mm/yyyy"); // names: text is never a date
    standin.setNumberFormat("Biểu 04", "C5:C22", "#,##0");
    const read = await readActiveTable();
    expect(JULY_29).toBe(44406);
    expect(read.dateCells).toEqual([{ row: 11, col: 3 }]); // D12: 0-based row 11, column 3

    const found = sheetStatistics(read, { reportDate: AUG_31 });
    if (found.kind === "none") throw new Error("the officer table is not recognised");
    const errors = found.table.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.where, i.problem.code])).toEqual([["'Biểu 04'!D12", "tableDateInFigure"]]);
    expect(issueText(errors[0], "vi")).toBe("Ô 'Biểu 04'!D12 (Cán bộ 8, thi hành xong về việc): ô có định dạng ngày tháng, không phải số việc.");
    const officer8 = found.table.members.find((m) => m.name === "Cán bộ 8")!;
    expect(officer8.cases.completed).toBeUndefined(); // never 44406 cases
  });

  it("the same table without the date format: no date cell, 44406 is read as the count typed", async () => {
    const rows = officerTable(20);
    rows[9][2] = JULY_29;
    standin.addSheet("Biểu 04", rows, "B3");
    const read = await readActiveTable();
    expect(read.dateCells).toBeUndefined();
    const found = sheetStatistics(read, { reportDate: AUG_31 });
    if (found.kind === "none") throw new Error("the officer table is not recognised");
    expect(found.table.members.find((m) => m.name === "Cán bộ 8")!.cases.completed).toBe(44406);
  });

  it("finds a date below the header block in a long table, with a block's formats counted in its size", async () => {
    const rows = officerTable(3000);
    rows[2501][1] = JULY_29; // row 3 + 2501 = sheet row 2504, column C
    standin.addSheet("Biểu 04", rows, "B3");
    standin.setNumberFormat("Biểu 04", "C2504", "[$-42A]d/m/yy;@");
    standin.resetStats();
    const budget = 20_000;
    const read = await readActiveTable({ maxResponseBytes: budget });
    expect(read.dateCells).toEqual([{ row: 2503, col: 2 }]);
    // A row weighs ~25 bytes of values and 41 of formats (4 × "General"): sized on values alone, a
    // block would weigh 2.6 budgets. The header block (100 rows) is read whole in the first sync.
    const later = standin.stats.syncs.slice(1);
    for (const s of later) expect(s.responseBytes).toBeLessThanOrEqual(budget * 1.05);
    const formatsBytes = bytesOf(rows.map((r) => r.map(() => "General")));
    const received = standin.stats.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    expect(received).toBeGreaterThanOrEqual(bytesOf(rows) + formatsBytes - 1000);
  });

  it("of a register, reads the formats of the header block only (nothing reads a register's date formats)", async () => {
    const header = ["STT", "Số QĐ", "Ngày thụ lý", "Chấp hành viên", "Kết quả", "Phải thu", "Đã thu"];
    const rows: unknown[][] = [header];
    for (let i = 0; i < 5000; i++) rows.push([i + 1, `${i + 1}/QĐ-CCTHADS`, 44200 + (i % 300), `CHV ${i % 9}`, "Đang thi hành", 1000 + i, i]);
    standin.addSheet("Sổ", rows);
    standin.setNumberFormat("Sổ", "C2:C5001", "dd/mm/yyyy");
    standin.resetStats();
    const read = await readActiveTable({ columnsNeeded: () => [2, 3, 4, 5, 6] });
    // The header block's dates: its 99 rows below the header, column C.
    expect(read.dateCells).toEqual(Array.from({ length: 99 }, (_, i) => ({ row: i + 1, col: 2 })));
    const head = rows.slice(0, 100);
    const headFormats = head.map((r, i) => r.map((_, c) => (i > 0 && c === 2 ? "dd/mm/yyyy" : "General")));
    const below = rows.slice(100).map((r) => [2, 3, 4, 5, 6].map((c) => r[c]));
    const received = standin.stats.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    // Response bytes beyond the cells' JSON: the sheet, range and selection properties of the first sync.
    expect(received - (bytesOf(head) + bytesOf(headFormats) + bytesOf(below))).toBeLessThan(2000);
    expect(received).toBeLessThan(MIB);
  });
});

describe("the pane's reader tells the workbook's date system from a date it shows", () => {
  /** A register of three cases accepted 05/10/2020, 12/11/2020, 20/01/2021, as numbers of `system`. */
  function register(system: "1900" | "1904"): unknown[][] {
    const base = system === "1900" ? Date.UTC(1899, 11, 30) : Date.UTC(1904, 0, 1);
    const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - base) / 86_400_000;
    return [
      ["STT", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", "Phải thi hành (nghìn đồng)", "Đã thu (nghìn đồng)"],
      [1, serial(2020, 10, 5), "Nguyễn Văn An", "Đang thi hành", 3000, 1000],
      [2, serial(2020, 11, 12), "Nguyễn Văn An", "Thi hành xong", 2000, 2000],
      [3, serial(2021, 1, 20), "Trần Thị Bình", "Đang thi hành", 4000, 0],
    ];
  }

  it("a Mac workbook (1904): its dates shown rightly tell it, in one more request of one cell's text", async () => {
    standin.date1904 = true;
    standin.addSheet("Sổ", register("1904"));
    standin.setNumberFormat("Sổ", "B2:B4", "dd/mm/yyyy");
    standin.resetStats();
    const read = await readActiveTable();
    expect([read.date1904, read.dateSystemUnknown]).toEqual([true, undefined]);
    expect(standin.stats.syncs).toHaveLength(2);
    const found = sheetStatistics(read, { reportDate: AUG_31, today: { year: 2021, month: 9, day: 1 } });
    if (found.kind !== "register") throw new Error("not a register");
    expect(found.table.issues.map((i) => i.problem.code)).toContain("statisticsDate1904");
    // The three cases, accepted in the statistical year 2021, by officer.
    expect(found.table.members.map((m) => [m.name, m.cases.eligible])).toEqual([["Nguyễn Văn An", 2], ["Trần Thị Bình", 1]]);
  });

  it("a 1900 workbook: told so, and no note of a system assumed", async () => {
    standin.addSheet("Sổ", register("1900"));
    standin.setNumberFormat("Sổ", "B2:B4", "[$-42A]dd/mm/yyyy");
    const read = await readActiveTable();
    expect([read.date1904, read.dateSystemUnknown]).toEqual([undefined, undefined]);
    const found = sheetStatistics(read, { reportDate: AUG_31, today: { year: 2021, month: 9, day: 1 } });
    const codes = found.kind === "register" ? found.table.issues.map((i) => i.problem.code) : [];
    expect(codes).not.toContain("statisticsDateSystemAssumed");
    expect(codes).not.toContain("statisticsDate1904");
  });

  it("dates as plain numbers, or shown without a four-digit year: not told, and no request for a text", async () => {
    standin.addSheet("Sổ", register("1900"));
    standin.resetStats();
    const plain = await readActiveTable();
    expect(plain.dateSystemUnknown).toBe(true);
    expect(standin.stats.syncs).toHaveLength(1);
    standin.setNumberFormat("Sổ", "B2:B4", "d/m/yy");
    const short = await readActiveTable();
    expect([short.dateCells?.length, short.dateSystemUnknown]).toEqual([3, true]);
  });
});
