/** Which sheets of a workbook the year's reports can use, and the period each names (core/year/sheets.ts). */
import { recognizeGrid, type Recognized } from "../../../src/core/source";
import { monthSheets, yearSheetOf } from "../../../src/core/year/sheets";
import { LAST_YEAR, tableGrid } from "./tables";

const recognised = (sheetName: string, titles: string[]) => {
  const found = recognizeGrid({ cells: tableGrid(titles, LAST_YEAR), sheetName, origin: { row: 0, col: 0 }, issues: [] });
  if (found.kind === "none") throw new Error("the generated table must be recognised");
  return found as Recognized;
};

it("the title's period first: 'BÁO CÁO 11 THÁNG NĂM 2020' is 01/10/2019 – 31/08/2020 whatever the sheet's name", () => {
  const s = yearSheetOf(recognised("T3-2021", ["BÁO CÁO 11 THÁNG NĂM 2020"]));
  expect(s).toMatchObject({ sheetName: "T3-2021", kind: "table", period: { fiscalYear: 2020, months: 11 } });
});

it("else the sheet's name: 'T10-2020' is 1 month of 2021, a bare 'T10' only its month; 'Biểu 01' neither", () => {
  const [dated, bare, plain] = [yearSheetOf(recognised("T10-2020", [])), yearSheetOf(recognised("T10", [])), yearSheetOf(recognised("Biểu 01", []))];
  expect(dated.period).toMatchObject({ fiscalYear: 2021, months: 1 });
  expect(bare).toEqual({ sheetName: "T10", kind: "table", month: 10 });
  expect(plain).toEqual({ sheetName: "Biểu 01", kind: "table" });
  expect(monthSheets([dated, bare, plain]).map((s) => s.sheetName)).toEqual(["T10", "T10-2020"]);
  // in the order of their months, whatever the workbook's: T3-2021 is month 6 of 2021, T11-2020 month 2
  const later = [yearSheetOf(recognised("T3-2021", [])), yearSheetOf(recognised("T11-2020", []))];
  expect(monthSheets(later).map((s) => s.sheetName)).toEqual(["T11-2020", "T3-2021"]);
});
