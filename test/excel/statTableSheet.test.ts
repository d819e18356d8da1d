/**
 * The Office.js writer renders a register's report, the "Biểu thống kê" sheet included, as it renders
 * any document sheet: every cell reads back as the document says (its formula, else its value).
 */
import { standin } from "./standin";
import { writeReport } from "../../src/excel/write";
import { buildReport } from "../../src/core/report/build";
import { aggregateRegister } from "../../src/core/register/aggregate";
import { recognizeRegister } from "../../src/core/register/recognize";
import { columnLetter } from "../../src/core/address";
import { isError } from "../../src/core/errors";
import { makeCases, registerCells } from "../core/register/multiYear";
import { renderProblem } from "../../src/i18n/problem";

beforeEach(() => {
  standin.reset();
  standin.addSheet("Sổ theo dõi", [["x"]]);
  standin.activate("Sổ theo dõi");
});

test("a register's report: both sheets written, the statistics table's formulas and values as in the document", async () => {
  const cells = registerCells(makeCases(300, 7), true);
  const layout = recognizeRegister(cells);
  if (isError(layout)) throw new Error(renderProblem(layout.problem, "vi"));
  const reportDate = { year: 2021, month: 8, day: 31 };
  const { table } = aggregateRegister(cells, layout, { reportDate, today: reportDate });
  const doc = buildReport(table, { reportDate, targets: { cases: 0.815, money: 0.48 } });
  expect(doc.sheets.map((s) => s.name)).toEqual(["Báo cáo 11 tháng 2021", "Biểu thống kê 11 tháng 2021"]);
  const { sheetNames } = await writeReport(doc);
  expect(sheetNames).toEqual(["Báo cáo 11 tháng 2021", "Biểu thống kê 11 tháng 2021"]);
  const sheet = doc.sheets[1];
  const last = `${columnLetter(sheet.rows[0].length - 1)}${sheet.rows.length}`;
  expect(standin.read(sheetNames[1], `A1:${last}`)).toEqual(sheet.rows.map((row) => row.map((c) => c.formula ?? (c.value === null ? "" : c.value))));
  expect(sheet.rows.flat().filter((c) => c.formula).length).toBe(table.members.length * 6 + 6 + 22);
});
