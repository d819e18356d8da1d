/**
 * The .xlsx reader: workbooks written here with ExcelJS are read back into the plain grid, which must
 * hold what Office.js gives for the same cells; broken files give one clear error naming the file.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { issueText } from "../../src/i18n/problem";
import { XlsxFileError } from "../../src/xlsx/errors";
import { candidateSheets, openWorkbook, sheetGrid } from "../../src/xlsx/read";
import { scratch } from "./saved";

const { dir, saved } = scratch("thads-read-");

async function problemOf(file: string): Promise<string> {
  try {
    await openWorkbook(file);
  } catch (err) {
    expect(err).toBeInstanceOf(XlsxFileError);
    return `${(err as XlsxFileError).problem.code}: ${(err as Error).message}`;
  }
  return "opened";
}

describe("sheetGrid: cells as Office.js gives them", () => {
  let grid: ReturnType<typeof sheetGrid>;
  beforeAll(async () => {
    const file = await saved("values.xlsx", (wb) => {
      const ws = wb.addWorksheet("Số liệu");
      // The used range starts at B2: the grid's origin is row 1, column 1 (0-based).
      ws.getCell("B2").value = "Chấp hành viên";
      ws.getCell("C2").value = 127;
      ws.getCell("D2").value = "1.234"; // a number stored as text stays text: the core reads and flags it
      ws.getCell("E2").value = true;
      ws.getCell("B3").value = new Date(Date.UTC(2021, 7, 31)); // 31/08/2021
      ws.getCell("C3").value = new Date(Date.UTC(1900, 0, 1)); // serial 1
      ws.getCell("D3").value = new Date(Date.UTC(1900, 2, 1)); // serial 61, after Excel's phantom 29/2/1900
      ws.getCell("E3").value = new Date(Date.UTC(2021, 7, 31, 18, 0, 0)); // 18:00 = 0.75 day
      ws.getCell("B4").value = { formula: "C2*2", result: 254 };
      ws.getCell("C4").value = { formula: "C2-C2", result: 0 }; // a cached 0 is a value, not "no result"
      ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E4").value = { formula: "C2>1", result: true };
      ws.getCell("B5").value = { richText: [{ text: "Về " }, { font: { bold: true }, text: "việc" }] };
      ws.getCell("C5").value = { text: "Cổng TTĐT", hyperlink: "https://moj.gov.vn" };
      ws.getCell("D5").value = "Về tiền";
      ws.mergeCells("D5:F6"); // the band: value top-left, blanks elsewhere
      ws.getCell("B6").value = { formula: "B5&\"\"" }; // a formula saved without its result
      ws.getCell("B7").value = { formula: "C2+1", result: new Date(Date.UTC(2021, 0, 1)) };
    });
    const wb = await openWorkbook(file);
    grid = sheetGrid(wb.worksheets[0]);
  });

  test("origin and size: the cells holding values, B2:E7 (the merge's blank cells reach F but hold nothing)", () => {
    expect(grid.sheetName).toBe("Số liệu");
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.cells).toHaveLength(6);
    for (const row of grid.cells) expect(row).toHaveLength(4);
  });

  test("numbers, text, booleans; dates as Excel serials (31/08/2021 = 44439), with the time as a fraction", () => {
    expect(grid.cells[0]).toEqual(["Chấp hành viên", 127, "1.234", true]);
    expect(grid.cells[1]).toEqual([44439, 1, 61, 44439.75]);
  });

  test("formulas give their saved result, including 0, errors as their text, booleans", () => {
    expect(grid.cells[2]).toEqual([254, 0, "#DIV/0!", true]);
    expect(grid.cells[5][0]).toBe(44197); // a date result: 01/01/2021
  });

  test("rich text and hyperlinks as their text; merged cells: value top-left, blanks elsewhere", () => {
    expect(grid.cells[3]).toEqual(["Về việc", "Cổng TTĐT", "Về tiền", ""]);
    expect(grid.cells[4].slice(1)).toEqual(["", "", ""]);
  });

  test("a formula without a saved result reads as blank, with one warning naming the cell", () => {
    expect(grid.cells[4][0]).toBe("");
    expect(grid.issues).toHaveLength(1);
    expect(grid.issues[0]).toMatchObject({ where: "'Số liệu'!B6", severity: "warning" });
    expect(grid.issues[0].problem).toEqual({ code: "filesUnsavedResults", params: { count: 1, shown: ["B6"], more: 0 } });
    expect(issueText(grid.issues[0], "vi")).toBe(
      "1 ô có công thức nhưng tệp không lưu kết quả, được đọc là ô trống (B6); nếu các ô này có số, hãy mở tệp bằng Excel và lưu lại.",
    );
    expect(issueText(grid.issues[0], "en")).toBe(
      "1 formula cell has no saved result and is read as blank (B6); if it holds a number, open the file in Excel and save it again.",
    );
  });

  test("an empty sheet gives an empty grid", async () => {
    const wb = await openWorkbook(await saved("empty.xlsx", (w) => w.addWorksheet("Trống")));
    expect(sheetGrid(wb.worksheets[0])).toEqual({ sheetName: "Trống", origin: { row: 0, col: 0 }, cells: [], issues: [] });
  });

  test("progress is reported up to 100% on large sheets", async () => {
    const file = await saved("large.xlsx", (w) => {
      const ws = w.addWorksheet("Sổ");
      for (let r = 1; r <= 5000; r++) ws.getRow(r).values = [r, `Việc ${r}`];
    });
    const seen: number[] = [];
    sheetGrid((await openWorkbook(file)).worksheets[0], (f) => seen.push(f));
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe("candidateSheets: --sheet or every visible sheet", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await openWorkbook(
      await saved("sheets.xlsx", (w) => {
        w.addWorksheet("Hướng dẫn").getCell("A1").value = "x";
        w.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "x";
        w.addWorksheet("Biểu 04").getCell("A1").value = "x";
      }),
    );
  });

  test("without --sheet: the visible sheets in order", () => {
    expect(candidateSheets(wb, "sheets.xlsx").map((s) => s.name)).toEqual(["Hướng dẫn", "Biểu 04"]);
  });

  test("--sheet by exact name, or ignoring case and diacritics; a hidden sheet may be named", () => {
    expect(candidateSheets(wb, "sheets.xlsx", "Biểu 04").map((s) => s.name)).toEqual(["Biểu 04"]);
    expect(candidateSheets(wb, "sheets.xlsx", "bieu 04").map((s) => s.name)).toEqual(["Biểu 04"]);
    expect(candidateSheets(wb, "sheets.xlsx", "Ẩn").map((s) => s.name)).toEqual(["Ẩn"]);
  });

  test("a sheet that does not exist: the file and the sheets it has", () => {
    expect(() => candidateSheets(wb, "/x/sheets.xlsx", "Biểu 05")).toThrow(
      `Tệp "sheets.xlsx" không có trang tính "Biểu 05" ("Hướng dẫn", "Ẩn", "Biểu 04").`,
    );
  });
});

describe("openWorkbook: a file that cannot be read gives one line naming it", () => {
  test("missing", async () => {
    expect(await problemOf(path.join(dir, "khong-co.xlsx"))).toBe(`filesMissing: Không tìm thấy tệp "khong-co.xlsx".`);
  });

  test("a directory", async () => {
    fs.mkdirSync(path.join(dir, "thu-muc.xlsx"));
    expect(await problemOf(path.join(dir, "thu-muc.xlsx"))).toBe(`filesNotFile: "thu-muc.xlsx" là một thư mục, không phải tệp .xlsx.`);
  });

  test("a text file, and random bytes named .xlsx", async () => {
    fs.writeFileSync(path.join(dir, "ghi-chu.txt"), "Chấp hành viên;Có điều kiện\nAn;10\n");
    expect(await problemOf(path.join(dir, "ghi-chu.txt"))).toBe(`filesNotXlsx: Tệp "ghi-chu.txt" không phải là tệp Excel .xlsx.`);
    // Fixed bytes that look random: no zip signature.
    fs.writeFileSync(path.join(dir, "rac.xlsx"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)));
    expect(await problemOf(path.join(dir, "rac.xlsx"))).toBe(`filesNotXlsx: Tệp "rac.xlsx" không phải là tệp Excel .xlsx.`);
  });

  test("an empty file", async () => {
    fs.writeFileSync(path.join(dir, "rong.xlsx"), "");
    expect(await problemOf(path.join(dir, "rong.xlsx"))).toBe(`filesNotXlsx: Tệp "rong.xlsx" không phải là tệp Excel .xlsx.`);
  });

  test("an Excel 97-2003 file (or a password-protected workbook)", async () => {
    fs.writeFileSync(path.join(dir, "cu.xls"), Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
    expect(await problemOf(path.join(dir, "cu.xls"))).toMatch(/^filesLegacyXls: Tệp "cu\.xls" là tệp Excel 97-2003/);
  });

  test("a damaged .xlsx (a zip cut in half)", async () => {
    const good = await saved("good.xlsx", (w) => (w.addWorksheet("A").getCell("A1").value = 1));
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(path.join(dir, "hong.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await problemOf(path.join(dir, "hong.xlsx"))).toMatch(/^filesCorrupt: Tệp "hong\.xlsx" bị hỏng, không đọc được/);
  });

  test("messages in English for --lang en", async () => {
    try {
      await openWorkbook(path.join(dir, "khong-co.xlsx"));
    } catch (err) {
      expect((err as XlsxFileError).describe("en")).toBe(`File "khong-co.xlsx" not found.`);
      return;
    }
    throw new Error("opened a missing file");
  });
});
