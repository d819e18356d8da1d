import { MIB, standin } from "./standin";
import { readActiveTable } from "../../src/excel/read";
import { officerTable } from "./officerTable";

/** A register row: number, decision, date, debtor, officer, status, amount, collected. */
const STATUSES = ["Thi hành xong", "Đang thi hành", "Đình chỉ", "Chưa có ĐK", "Hoãn"];
function registerRow(i: number): unknown[] {
  return [
    i + 1,
    `${1000 + i}/QĐ-CCTHADS`,
    44000 + (i % 365),
    `Người phải thi hành ${i}`,
    `CHV Nguyễn Văn ${i % 12}`,
    STATUSES[i % STATUSES.length],
    1_000_000 + ((i * 7919) % 9_000_000),
    (i * 3571) % 1_000_000,
  ];
}

beforeEach(() => standin.reset());

/** Bytes of a grid as JSON (what Excel sends back), counted here independently of the reader. */
const bytesOf = (grid: unknown[][]) => Buffer.byteLength(JSON.stringify(grid), "utf8");

describe("readActiveTable", () => {
  it("reads a table of up to 100 rows in one sync, with its sheet name and origin", async () => {
    const table = officerTable(98); // 100 rows with the title and header
    standin.addSheet("Thống kê", table, "B3");
    standin.resetStats();
    const result = await readActiveTable();
    expect(standin.stats.syncs).toHaveLength(1);
    expect(result.sheetName).toBe("Thống kê");
    expect(result.origin).toEqual({ row: 2, col: 1 });
    expect(result.cells).toEqual(table);
    expect(result.issues).toEqual([]);
  });

  it("reads a 5,000-row table whole, in as few syncs as 1 MB blocks need", async () => {
    const table = officerTable(4998);
    standin.addSheet("Thống kê", table, "B3");
    standin.resetStats();
    const result = await readActiveTable();
    expect(result.cells).toEqual(table);
    // ~30 bytes a row: 150 KB in all, so the header block and one more.
    expect(standin.stats.syncs).toHaveLength(2);
  });

  it("sizes every block by bytes: a wide register of 3,000 rows never gets a response over 1 MB", async () => {
    // 60 columns of 40-character text: ~2.6 KB a row, 7.8 MB in all. 5,000 rows at once would be 13 MB.
    const width = 60;
    const rows: unknown[][] = [Array.from({ length: width }, (_, c) => `Cột ${c + 1}`)];
    for (let i = 0; i < 3000; i++) rows.push(Array.from({ length: width }, (_, c) => `dòng ${i} cột ${c} ${"x".repeat(24)}`.slice(0, 40)));
    standin.addSheet("Rộng", rows);
    standin.resetStats();
    const result = await readActiveTable();
    expect(result.cells).toEqual(rows);
    const { syncs } = standin.stats;
    for (const s of syncs) expect(s.responseBytes).toBeLessThanOrEqual(MIB);
    const total = bytesOf(rows);
    expect(syncs.length).toBeLessThanOrEqual(Math.ceil(total / 1_000_000) + 2);
    expect(syncs.every((s) => !s.refused)).toBe(true);
  });

  it("asks again with half the rows when Excel refuses a response over 5 MB", async () => {
    // The header block is small numbers; the rows below it are 20 times heavier, so the first block
    // sized from the header block is far over 5 MB and refused.
    const rows: unknown[][] = [];
    for (let i = 0; i < 100; i++) rows.push([i, i + 1, i + 2, i + 3]);
    const heavy = (i: number) => [0, 1, 2, 3].map((c) => `${"nặng ".repeat(40)}${i}-${c}`);
    for (let i = 100; i < 30_000; i++) rows.push(heavy(i));
    standin.addSheet("Nặng", rows);
    standin.resetStats();
    const result = await readActiveTable();
    expect(result.cells).toHaveLength(30_000);
    for (const i of [0, 99, 100, 101, 15_000, 29_999]) expect(result.cells[i]).toEqual(rows[i]);
    const refused = standin.stats.syncs.filter((s) => s.refused);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.every((s) => s.refused!.code === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  });

  it("reads a 100,000-row register in blocks, no response over 1 MB, reporting progress", async () => {
    const rows: unknown[][] = [["STT", "Số QĐ", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Kết quả", "Phải thu", "Đã thu"]];
    for (let i = 0; i < 100_000; i++) rows.push(registerRow(i));
    standin.addSheet("Sổ theo dõi", rows);
    standin.resetStats();
    const progress: [number, number][] = [];
    const result = await readActiveTable({ onProgress: (done, total) => progress.push([done, total]) });

    const { syncs } = standin.stats;
    const received = syncs.reduce((s, x) => s + x.responseBytes, 0);
    for (const s of syncs) expect(s.responseBytes).toBeLessThanOrEqual(MIB);
    // Blocks are filled: no more round trips than the 1 MB chunks need, plus the first and a partial one.
    expect(syncs.length).toBeLessThanOrEqual(Math.ceil(received / 1_000_000) + 2);
    expect(syncs.length).toBeGreaterThan(5);

    expect(result.cells).toHaveLength(100_001);
    expect(result.cells[0]).toEqual(rows[0]);
    for (const i of [0, 98, 99, 4999, 5000, 54_321, 99_999]) expect(result.cells[i + 1]).toEqual(registerRow(i));
    expect(progress[progress.length - 1]).toEqual([100_001, 100_001]);
    expect(progress.map((p) => p[0])).toEqual([...progress.map((p) => p[0])].sort((a, b) => a - b));
    expect(progress).toHaveLength(syncs.length);
  });

  it("below the header block reads only the columns asked for, one range per run of columns", async () => {
    const rows: unknown[][] = [["STT", "Số QĐ", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Kết quả", "Phải thu", "Đã thu"]];
    for (let i = 0; i < 20_000; i++) rows.push(registerRow(i));
    standin.addSheet("Sổ theo dõi", rows, "C5");
    standin.resetStats();
    let headSeen: unknown[][] = [];
    const result = await readActiveTable({
      columnsNeeded: (head) => {
        headSeen = head.cells.slice();
        expect(head.origin).toEqual({ row: 4, col: 2 });
        return [5, 2, 4, 6, 7]; // date, officer … collected: runs C (2) and E–H (4–7)
      },
    });
    expect(headSeen).toEqual(rows.slice(0, 100));
    expect(result.columnsRead).toEqual([2, 4, 5, 6, 7]);
    expect(result.cells.slice(0, 100)).toEqual(rows.slice(0, 100));
    const keep = (row: unknown[]) => row.map((v, c) => ([2, 4, 5, 6, 7].includes(c) ? v : ""));
    for (const i of [100, 101, 10_000, 20_000]) expect(result.cells[i]).toEqual(keep(rows[i]));
    expect(result.cells).toHaveLength(20_001);

    // Bytes: the header block whole with its formats (all "General"), then the runs' values and their brackets only.
    const received = standin.stats.syncs.reduce((s, x) => s + x.responseBytes, 0);
    const below = rows.slice(100);
    const headFormats = rows.slice(0, 100).map((r) => r.map(() => "General"));
    const ideal = bytesOf(rows.slice(0, 100)) + bytesOf(headFormats) + bytesOf(below.map((r) => [2, 4, 5, 6, 7].map((c) => r[c])));
    expect(received).toBeLessThanOrEqual(ideal * 1.05);
    expect(received).toBeLessThan(bytesOf(rows) * 0.8);
  });

  it("reads the selection instead when it is more than one cell, still in one sync", async () => {
    standin.addSheet("Thống kê", officerTable(20), "B3");
    standin.select("Thống kê", "B4:D10");
    standin.resetStats();
    const result = await readActiveTable();
    expect(standin.stats.syncs).toHaveLength(1);
    expect(result.origin).toEqual({ row: 3, col: 1 });
    expect(result.cells).toEqual([
      ["Chấp hành viên", "Có điều kiện", "Thi hành xong"],
      ["Cán bộ 1", 30, 10],
      ["Cán bộ 2", 31, 11],
      ["Cán bộ 3", 32, 12],
      ["Cán bộ 4", 33, 13],
      ["Cán bộ 5", 34, 14],
      ["Cán bộ 6", 35, 15],
    ]);
  });

  it("of a selection of several areas reads the first and says so", async () => {
    standin.addSheet("Thống kê", officerTable(20), "B3");
    standin.select("Thống kê", "B4:D10,F4:F10,B20:C22");
    const result = await readActiveTable();
    expect(result.origin).toEqual({ row: 3, col: 1 });
    expect(result.cells).toHaveLength(7);
    expect(result.cells[0]).toEqual(["Chấp hành viên", "Có điều kiện", "Thi hành xong"]);
    expect(result.issues).toEqual([
      {
        where: "'Thống kê'!B4:D10",
        problem: { code: "excelFirstAreaOnly", params: { areas: 3, address: "'Thống kê'!B4:D10" } },
        severity: "warning",
        row: 3,
        col: 1,
      },
    ]);
  });

  it("keeps a selection of whole columns to the used rows", async () => {
    standin.addSheet("Thống kê", officerTable(3), "B3");
    standin.select("Thống kê", "A:C");
    const result = await readActiveTable();
    expect(result.origin).toEqual({ row: 2, col: 1 });
    expect(result.cells).toEqual([
      ["BẢNG THỐNG KÊ", ""],
      ["Chấp hành viên", "Có điều kiện"],
      ["Cán bộ 1", 30],
      ["Cán bộ 2", 31],
      ["Cán bộ 3", 32],
    ]);
  });

  it("reads a selection that reaches past the header block", async () => {
    const rows: unknown[][] = [];
    for (let i = 0; i < 8000; i++) rows.push([`r${i}`, i]);
    standin.addSheet("Dài", rows);
    standin.select("Dài", "A3001:B8000");
    const result = await readActiveTable({ headRows: 5000 });
    expect(result.origin).toEqual({ row: 3000, col: 0 });
    expect(result.cells).toHaveLength(5000);
    expect(result.cells[0]).toEqual(["r3000", 3000]);
    expect(result.cells[1999]).toEqual(["r4999", 4999]);
    expect(result.cells[2000]).toEqual(["r5000", 5000]);
    expect(result.cells[4999]).toEqual(["r7999", 7999]);
  });

  it("uses the used range when one cell is selected", async () => {
    standin.addSheet("Thống kê", officerTable(2), "B3");
    standin.select("Thống kê", "Z100");
    const result = await readActiveTable();
    expect(result.origin).toEqual({ row: 2, col: 1 });
    expect(result.cells).toHaveLength(4);
  });

  it("returns one blank cell for an empty sheet", async () => {
    standin.addSheet("Trống", []);
    const result = await readActiveTable();
    expect(result.cells).toEqual([[""]]);
  });
});

describe("the stand-in is strict like Office.js", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    standin.addSheet("S", [[1]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("address");
      await context.sync();
      expect(range.address).toBe("S!A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("makes getSelectedRange fail when several areas are selected, as Excel does", async () => {
    standin.addSheet("S", [[1, 2], [3, 4]]);
    standin.select("S", "A1,B2");
    await expect(
      Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  it("refuses a request over 5 MB, as Excel on the web does, and records why", async () => {
    standin.addSheet("S", [[1]]);
    const big = Array.from({ length: 60_000 }, (_, i) => [`${"dữ liệu ".repeat(10)}${i}`]);
    standin.resetStats();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(`A1:A${big.length}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(standin.stats.syncs.map((s) => s.refused?.code)).toEqual(["RequestPayloadSizeLimitExceeded"]);
    expect(standin.read("S", "A2")).toEqual([[""]]); // nothing of the refused request was applied
  });

  it("refuses a response over 5 MB, as Excel on the web does", async () => {
    const rows: unknown[][] = [];
    for (let i = 0; i < 100_000; i++) rows.push([`Một dòng khá dài của sổ theo dõi số ${i}`, "Thi hành xong", i, i * 2]);
    standin.addSheet("S", rows);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getUsedRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
