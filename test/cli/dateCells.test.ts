/**
 * Issue 10, item 2 in the command: the .xlsx readers say which cells hold dates, so a date typed in a
 * count cell is an error naming the cell (never its serial, 44.423, read as cases). Fixture:
 * so-viec-sai.xlsx (scripts/make-table-fixtures.js): 15/08/2021 in C8, with a percent, a fraction
 * and a percent in money beside it.
 */
import * as path from "path";
import { openWorkbook, sheetGrid } from "../../src/xlsx/read";
import { streamGrids } from "../../src/xlsx/stream";
import { ROOT, thadsJson } from "./run";

const FILE = path.join(ROOT, "test", "fixtures", "tables-units", "so-viec-sai.xlsx");

test("both readers list C8 (0-based row 7, column 2) as the one date cell", async () => {
  const [streamed] = await streamGrids(FILE, undefined);
  const whole = sheetGrid((await openWorkbook(FILE)).worksheets[0]);
  expect(streamed.dateCells).toEqual([{ row: 7, col: 2 }]);
  expect(whole.dateCells).toEqual([{ row: 7, col: 2 }]);
});

test("thads report: exit 1, the four errors each naming its cell, C8 among them", () => {
  const { status, json } = thadsJson(["report", FILE, "--target-cases", "81,5", "--target-money", "48"], undefined, "2024-04-10");
  expect(status).toBe(1);
  expect(json.errors.map((e: { where: string }) => e.where)).toEqual(["'Biểu 04'!E6", "'Biểu 04'!D7", "'Biểu 04'!H7", "'Biểu 04'!C8"]);
  expect(json.errors[3].message).toBe("Ô 'Biểu 04'!C8 (Vũ Thị Lan, có điều kiện thi hành về việc): ô có định dạng ngày tháng, không phải số việc.");
});
