/**
 * The streaming reader against the whole-workbook reader: for every sheet of workbooks written here
 * and of every sample, the grid streamGrids gives is the grid sheetGrid gives (formulas' boolean and
 * error results included); files that cannot be read give the same problem as openWorkbook.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxFileError } from "../../src/xlsx/errors";
import { candidateSheets, openWorkbook, sheetGrid } from "../../src/xlsx/read";
import { streamGrids } from "../../src/xlsx/stream";
import { samples } from "../cli/run";
import { scratch } from "./saved";

const { dir, saved } = scratch("thads-stream-");

async function wholeGrids(file: string, sheet?: string) {
  const wb = await openWorkbook(file);
  return candidateSheets(wb, file, sheet).map((ws) => sheetGrid(ws));
}

async function problemOf(read: () => Promise<unknown>): Promise<string> {
  try {
    await read();
  } catch (err) {
    expect(err).toBeInstanceOf(XlsxFileError);
    return `${(err as XlsxFileError).problem.code}: ${(err as Error).message}`;
  }
  return "opened";
}

function values(wb: ExcelJS.Workbook) {
  wb.addWorksheet("Hướng dẫn").getCell("A1").value = "Đọc kỹ";
  wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("B3").value = 5;
  const ws = wb.addWorksheet("Số liệu");
  ws.getCell("B2").value = "Chấp hành viên";
  ws.getCell("C2").value = 127;
  ws.getCell("D2").value = "1.234";
  ws.getCell("E2").value = true;
  ws.getCell("B3").value = new Date(Date.UTC(2021, 7, 31));
  ws.getCell("C3").value = new Date(Date.UTC(1900, 0, 1));
  ws.getCell("D3").value = new Date(Date.UTC(1900, 2, 1));
  ws.getCell("E3").value = new Date(Date.UTC(2021, 7, 31, 18, 0, 0));
  ws.getCell("B4").value = { formula: "C2*2", result: 254 };
  ws.getCell("C4").value = { formula: "C2-C2", result: 0 };
  ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("E4").value = { formula: "C2>1", result: true };
  ws.getCell("F4").value = { formula: "C2<1", result: false };
  ws.getCell("G4").value = { error: "#N/A" };
  ws.getCell("H4").value = false;
  ws.getCell("B5").value = { richText: [{ text: "Về " }, { font: { bold: true }, text: "việc" }] };
  ws.getCell("C5").value = { text: "Cổng TTĐT", hyperlink: "https://moj.gov.vn" };
  ws.getCell("D5").value = "Về tiền";
  ws.mergeCells("D5:F6");
  ws.getCell("B6").value = { formula: "B5&\"\"" };
  ws.getCell("B7").value = { formula: "C2+1", result: new Date(Date.UTC(2021, 0, 1)) };
  ws.getCell("G9").value = "  ";
  wb.addWorksheet("Biểu 04").getCell("C4").value = "x";
}

describe("streamGrids: the grids sheetGrid gives", () => {
  let file: string;
  beforeAll(async () => {
    file = await saved("values.xlsx", values);
  });

  test("every visible sheet, in workbook order, cell for cell", async () => {
    const streamed = await streamGrids(file, undefined);
    expect(streamed.map((g) => g.sheetName)).toEqual(["Hướng dẫn", "Số liệu", "Biểu 04"]);
    expect(streamed).toEqual(await wholeGrids(file));
  });

  test("--sheet by exact name, or ignoring case and diacritics; a hidden sheet may be named", async () => {
    for (const name of ["Biểu 04", "bieu 04", "Ẩn"]) expect(await streamGrids(file, name)).toEqual(await wholeGrids(file, name));
    expect(await problemOf(() => streamGrids(file, "Biểu 05"))).toBe(await problemOf(() => wholeGrids(file, "Biểu 05")));
  });

  test("formulas' boolean and error results as Office.js gives them, never as numbers", async () => {
    const [, grid] = await streamGrids(file, undefined);
    expect(grid.cells[2].slice(2, 7)).toEqual(["#DIV/0!", true, false, "#N/A", false]);
  });

  test("a sheet of many rows (its XML in many chunks, text with diacritics across their edges)", async () => {
    const f = await saved("dai.xlsx", (wb) => {
      const ws = wb.addWorksheet("Sổ");
      for (let i = 0; i < 20000; i++) {
        ws.addRow([`Nguyễn Thị Ánh ${i}`, i % 7 === 0 ? { formula: `B${i + 1}>3`, result: i % 2 === 0 } : i, { formula: "1/0", result: { error: "#DIV/0!" } }]);
      }
    });
    expect(await streamGrids(f, undefined)).toEqual(await wholeGrids(f));
  });

  test("a 1904 workbook: dates as the same serials", async () => {
    const f = await saved("mac.xlsx", (wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("A").getCell("A1").value = new Date(Date.UTC(2021, 7, 31));
    });
    expect(await streamGrids(f, undefined)).toEqual(await wholeGrids(f));
  });

  test("a valid file whose xl/workbook.xml comes after its sheets (which the stream cannot take) is read whole", async () => {
    const f = await saved("workbook-last.xlsx", (wb) => {
      wb.addWorksheet("T10").getRow(1).values = ["Chấp hành viên", "Có điều kiện"];
      wb.addWorksheet("T11").getRow(2).values = ["Nguyễn Văn An", 120];
    });
    const zip = await JSZip.loadAsync(fs.readFileSync(f));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.remove("xl/workbook.xml");
    zip.file("xl/workbook.xml", workbookXml);
    const names = Object.keys(zip.files);
    expect(names.indexOf("xl/workbook.xml")).toBeGreaterThan(names.indexOf("xl/worksheets/sheet2.xml"));
    fs.writeFileSync(f, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await streamGrids(f, undefined)).toEqual(await wholeGrids(f));
    expect((await streamGrids(f, "T11")).map((g) => [g.sheetName, g.cells])).toEqual([["T11", [["Nguyễn Văn An", 120]]]]);
  });

  test("every sample workbook, every sheet", async () => {
    const samplesDir = path.join(dir, "samples");
    fs.mkdirSync(samplesDir);
    await samples.makeSamples(samplesDir);
    const files = fs.readdirSync(samplesDir, { recursive: true }).map(String).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const p = path.join(samplesDir, f);
      expect([f, await streamGrids(p, undefined)]).toEqual([f, await wholeGrids(p)]);
    }
  }, 60000);
});

describe("streamGrids: a file that cannot be read gives openWorkbook's problem", () => {
  test.each([
    ["missing", () => path.join(dir, "khong-co.xlsx")],
    ["a directory", () => (fs.mkdirSync(path.join(dir, "thu-muc.xlsx"), { recursive: true }), path.join(dir, "thu-muc.xlsx"))],
    ["a text file", () => (fs.writeFileSync(path.join(dir, "ghi-chu.txt"), "An;10\n"), path.join(dir, "ghi-chu.txt"))],
    ["an empty file", () => (fs.writeFileSync(path.join(dir, "rong.xlsx"), ""), path.join(dir, "rong.xlsx"))],
    ["an Excel 97-2003 file", () => (fs.writeFileSync(path.join(dir, "cu.xls"), Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)])), path.join(dir, "cu.xls"))],
  ])("%s", async (_, make) => {
    const file = make();
    expect(await problemOf(() => streamGrids(file, undefined))).toBe(await problemOf(() => openWorkbook(file)));
  });

  test("a damaged .xlsx (a zip cut in half)", async () => {
    const good = await saved("good.xlsx", (w) => (w.addWorksheet("A").getCell("A1").value = 1));
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(path.join(dir, "hong.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await problemOf(() => streamGrids(path.join(dir, "hong.xlsx"), undefined))).toMatch(/^filesCorrupt: Tệp "hong\.xlsx" bị hỏng/);
  });
});
