/**
 * The pane's report (Office.js, points) and the command's report (.xlsx, the file's <col width>)
 * give every column the same width in pixels, and that width is what Excel shows for the
 * document's characters. Pixels are computed here from each unit by Excel's own rules, not by the
 * code under test: a point is 96/72 pixel; a file width w is Truncate(((256·w + Truncate(128/7)) / 256) · 7)
 * pixels (ECMA-376 Part 1, 18.3.1.13, maximum digit width 7 for Calibri 11).
 */
import ExcelJS from "exceljs";
import { standin } from "./standin";
import { sampleDocument } from "./sampleDocument";
import { writeReport } from "../../src/excel/write";
import { reportBytes } from "../../src/xlsx/write";

const pixelsOfPoints = (points: number) => (points * 96) / 72;
const pixelsOfFileWidth = (w: number) => Math.trunc(((256 * w + Math.trunc(128 / 7)) / 256) * 7);

beforeEach(() => standin.reset());

it("the pane's report and the command's report have the same column widths, Excel's for the document's characters", async () => {
  const doc = sampleDocument(5);
  const chars = doc.sheets[0].columnWidths;
  standin.addSheet("Số liệu", [["x"]]);
  const { sheetNames } = await writeReport(doc);
  const pane = chars.map((_, col) => pixelsOfPoints(standin.columnWidth(sheetNames[0], col)!));

  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await reportBytes(doc)) as unknown as ArrayBuffer);
  const ws = book.worksheets[0];
  const command = chars.map((_, col) => pixelsOfFileWidth(ws.getColumn(col + 1).width ?? ws.properties.defaultColWidth ?? 0));

  expect(command).toEqual(pane);
  // n characters of 7 pixels and 5 pixels of padding: 5 → 40, 30 → 215, 11 → 82
  expect([pane[0], pane[1], pane[18]]).toEqual([40, 215, 82]);
  expect(chars.slice(0, 2)).toEqual([5, 30]);
});
