/**
 * The three-year register of test/core/register/multiYear.ts written as an .xlsx and read by the
 * command as a process: the JSON `table` of every officer and of the total equals the brute-force
 * reference; the same register without its result-date column gives today's figures and the note.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { expectedTable, makeCases, registerCells } from "../core/register/multiYear";
import { AUG_2021, tempDir, thadsJson } from "./run";

const cases = makeCases(1500, 2021);
const REPORT_DATE = { year: 2021, month: 8, day: 31 };
/** The command runs after the last case was accepted (31/12/2021), so no case is "after today". */
const TODAY = "2022-01-01";

async function write(withResultDate: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sổ theo dõi");
  for (const row of registerCells(cases, withResultDate)) ws.addRow(row);
  const file = path.join(tempDir("multi"), withResultDate ? "so-3-nam.xlsx" : "so-3-nam-khong-ngay-ket-thuc.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

const byName = (json: any) => Object.fromEntries(json.rows.map((r: any) => [r.name, r.table]));

test("with result dates: every officer's table and the total equal the reference", async () => {
  const r = thadsJson(["report", await write(true), ...AUG_2021], undefined, TODAY);
  expect(r.status).toBe(0);
  const expected = expectedTable(cases, REPORT_DATE, true);
  expect(byName(r.json)).toEqual(expected.members);
  expect(r.json.total.table).toEqual(expected.total);
  expect(r.json.total.cases.eligible).toBe(expected.total.cases.eligible);
  expect(r.json.total.cases.done).toBe(expected.total.cases.completed + expected.total.cases.terminated);
  expect(r.json.warnings.map((w: any) => w.message)).toEqual([expect.stringContaining("không ghi ngày kết thúc")]);
}, 60000);

test("without the result-date column: today's figures, and the note in the command's language", async () => {
  const file = await write(false);
  const r = thadsJson(["report", file, ...AUG_2021], undefined, TODAY);
  expect(r.status).toBe(0);
  const expected = expectedTable(cases, REPORT_DATE, false);
  expect(byName(r.json)).toEqual(expected.members);
  expect(r.json.total.table).toEqual(expected.total);
  expect(r.json.warnings).toEqual([{ where: "Sổ theo dõi", message: expect.stringContaining("hãy thêm cột ngày kết thúc") }]);
  const en = thadsJson(["report", file, ...AUG_2021, "--lang", "en"], undefined, TODAY);
  expect(en.json.warnings).toEqual([{ where: "Sổ theo dõi", message: expect.stringContaining("add the result-date column") }]);
}, 60000);
