/**
 * The .xlsx writer: a small report document written by hand (report-doc.ts) is rendered, saved and
 * re-opened with ExcelJS; everything the document says must be in the file, and nothing else computed.
 * The charts have their own tests (chart.test.ts).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { BELOW_TARGET_FILL } from "../../src/core/report/document";
import { XlsxFileError } from "../../src/xlsx/errors";
import { parseRange, reportBytes, saveWorkbook, writeReport } from "../../src/xlsx/write";
import { documentOf } from "./report-doc";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-write-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const doc = documentOf("Báo cáo 11 tháng 2021", "Quận 1");

describe("writeReport, re-opened with ExcelJS", () => {
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = path.join(dir, "report.xlsx");
    await writeReport(doc, file);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    ws = wb.worksheets[0];
  });

  test("one worksheet per report sheet, in order, with their names", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Báo cáo 11 tháng 2021", "Quận 1"]);
  });

  test("values as given; formulas without \"=\" with their cached results (0, \"\" and false included)", () => {
    expect(ws.getCell("A3").value).toBe("An");
    expect(ws.getCell("B3").value).toBe(120);
    expect(ws.getCell("D3").formula).toBe("C3/B3");
    expect(ws.getCell("D3").result).toBeCloseTo(98 / 120, 15);
    expect(ws.getCell("E3").formula).toBe('IF(D3>=0.815,"Đạt","Chưa đạt")');
    expect(ws.getCell("E3").result).toBe("Đạt");
    expect(ws.getCell("B5").formula).toBe("SUM(B3:B4)");
    expect(ws.getCell("B5").result).toBe(120);
    expect(ws.getCell("C5").result).toBe(0);
    expect(ws.getCell("D5").result).toBe(false);
    expect(ws.getCell("E5").value).toBe(true);
    // A formula whose value is null is written without a cached result; Excel computes it on opening.
    expect(ws.getCell("E4").formula).toBe('IF(B4=0,"","?")');
    expect(ws.getCell("E4").result).toBeUndefined();
  });

  test("Excel is told to recalculate on opening (fullCalcOnLoad)", async () => {
    expect(await zipEntry(path.join(dir, "report.xlsx"), "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("the cached empty text \"\" is in the file (t=\"str\", empty <v>)", async () => {
    const xml = await zipEntry(path.join(dir, "report.xlsx"), "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<c r="D4"[^>]*t="str"[^>]*><f>IF\(B4=0,&quot;&quot;,C4\/B4\)<\/f><v><\/v><\/c>/);
  });

  test("number formats over their ranges", () => {
    expect(ws.getCell("B3").numFmt).toBe("#,##0");
    expect(ws.getCell("C5").numFmt).toBe("#,##0");
    expect(ws.getCell("D4").numFmt).toBe("0.00%");
    expect(ws.getCell("A3").numFmt).toBeUndefined();
  });

  test("styles from STYLES: title, header fill and border, total bold and fill", () => {
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("C2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("C2").border?.top?.style).toBe("thin");
    expect(ws.getCell("C2").alignment).toMatchObject({ wrapText: true, horizontal: "center" });
    expect(ws.getCell("B3").border?.left?.style).toBe("thin");
    expect(ws.getCell("B3").font?.bold).toBeFalsy();
    expect(ws.getCell("D5").font).toMatchObject({ bold: true });
    expect(ws.getCell("D5").fill).toMatchObject({ fgColor: { argb: "FFF2F2F2" } });
    // a cell with both a style and a number format keeps both
    expect(ws.getCell("D5").numFmt).toBe("0.00%");
  });

  test("merges, column widths, row heights", () => {
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("C1").master.address).toBe("A1");
    expect(ws.getCell("A2").isMerged).toBe(false);
    // ExcelJS leaves out a width of 9 (its default), so the writer makes 9 the sheet's default width.
    expect(ws.properties.defaultColWidth).toBe(9);
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width ?? ws.properties.defaultColWidth)).toEqual([20, 11, 12, 9, 10].map((n) => n + 182 / 256)); // Excel's <col width>: n characters and 5 px of padding
    expect(ws.getRow(2).height).toBe(45);
  });

  test("conditional format: an expression rule over the range, the below-target fill", () => {
    const cfs = (ws as any).conditionalFormattings as { ref: string; rules: any[] }[];
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe("A3:E4");
    expect(cfs[0].rules[0]).toMatchObject({ type: "expression", formulae: ['$E3="Chưa đạt"'] });
    expect(cfs[0].rules[0].style.fill.bgColor.argb).toBe(`FF${BELOW_TARGET_FILL.slice(1)}`);
  });

  test("print: A4 landscape, one page wide, header rows repeated; frozen header", () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });
});

/** A part of the .xlsx as text, to see what ExcelJS's reader hides. */
async function zipEntry(file: string, entry: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.file(entry)!.async("string");
}

describe("saveWorkbook: atomic, never overwriting unless forced", () => {
  const book = () => reportBytes(doc);

  test("an existing file is left as it was; with force it is replaced; no temporary file remains", async () => {
    const file = path.join(dir, "existing.xlsx");
    fs.writeFileSync(file, "keep me");
    await expect(saveWorkbook(await book(), file)).rejects.toThrow(`Tệp "existing.xlsx" đã có; dùng --force`);
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
    await saveWorkbook(await book(), file, true);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a directory that does not exist: a typed error naming the file, nothing left behind", async () => {
    const err = await saveWorkbook(await book(), path.join(dir, "missing", "r.xlsx")).catch((e) => e);
    expect(err).toBeInstanceOf(XlsxFileError);
    expect(err.message).toBe(`Không ghi được tệp "r.xlsx" (thư mục không tồn tại).`);
    expect(err.describe("en")).toBe(`Cannot write "r.xlsx" (the folder does not exist).`);
  });
});

describe("parseRange", () => {
  test.each([
    ["A1", { top: 1, left: 1, bottom: 1, right: 1 }],
    ["H7:H30", { top: 7, left: 8, bottom: 30, right: 8 }],
    ["$B$4:AA2", { top: 2, left: 2, bottom: 4, right: 27 }],
  ])("%s", (range, box) => expect(parseRange(range)).toEqual(box));
});
