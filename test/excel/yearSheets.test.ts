/** The other sheets of the workbook, read for the year's reports (src/excel/yearSheets.ts), on the Excel stand-in. */
import { standin } from "./standin";
import { readSheet, visibleSheetNames } from "../../src/excel/yearSheets";

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Dòng ${i + 1}`, i + 1]);

beforeEach(() => {
  standin.reset();
  standin.addSheet("Biểu 01", rows(5));
  standin.addSheet("Cùng kỳ", rows(250), "B3");
  standin.addSheet("Ẩn", rows(3));
  standin.hideSheet("Ẩn");
  standin.select("Biểu 01", "A2:B3");
});

it("lists the visible sheets in the workbook's order", async () => {
  expect(await visibleSheetNames()).toEqual(["Biểu 01", "Cùng kỳ"]);
});

it("reads another sheet whole by name, whatever is selected on the active one", async () => {
  const grid = await readSheet("Cùng kỳ");
  expect(grid.sheetName).toBe("Cùng kỳ");
  expect(grid.origin).toEqual({ row: 2, col: 1 });
  expect(grid.cells).toHaveLength(250);
  expect(grid.cells[249]).toEqual(["Dòng 250", 250]);
  expect(grid.issues).toEqual([]);
  expect(standin.activeSheetName()).toBe("Biểu 01");
});

it("reads only the head block when asked (what recognition and a title need)", async () => {
  const grid = await readSheet("Cùng kỳ", true);
  expect(grid.cells).toHaveLength(100);
  expect(grid.cells[0]).toEqual(["Dòng 1", 1]);
});

it("a sheet gone meanwhile is an error in the user's words, not a stack trace", async () => {
  await expect(readSheet("Không có")).rejects.toMatchObject({ problem: { code: "excelReadFailed" } });
});
