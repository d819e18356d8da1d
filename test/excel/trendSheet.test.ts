/**
 * The Diễn biến sheet through the Office.js writer (on the Excel stand-in): cells and formulas as the
 * document says, and two line charts (rate by month against the target) over the month rows.
 */
import { standin } from "./standin";
import { writeReport } from "../../src/excel/write";
import { buildTrend } from "../../src/core/year/trend";
import { trendDocument } from "../../src/core/year/trendSheet";
import { monthMembers, monthOf, statTable } from "../core/year/tables";

beforeEach(() => {
  standin.reset();
  standin.addSheet("T8-2021", [["x"]]);
  standin.activate("T8-2021");
});

it("writes the month table, the projection formulas and two line charts", async () => {
  const months = [1, 2, 3, 4, 5].map((k) => ({ table: statTable(monthMembers(k)), name: `T${monthOf(k).month}-${monthOf(k).year}`, source: `T${k}` }));
  const doc = trendDocument(buildTrend(months, { targets: { cases: 0.815, money: 0.48 } }), "vi", "Chi cục THADS huyện Kim Bảng")!;
  await writeReport(doc);
  const name = doc.sheets[0].name;
  expect(name).toBe("Diễn biến 2021");
  // five months on rows 7–11, the projection on row 12 (by the rule: month 5 against month 2)
  expect(standin.read(name, "A7:A11").map((r) => r[0])).toEqual(["10/2020", "11/2020", "12/2020", "1/2021", "2/2021"]);
  expect(standin.read(name, "B12:C12")[0]).toEqual(["=B11+(B11-B8)/3*7", "=C11+(C11-C8)/3*7"]);
  const charts = standin.charts(name);
  expect(charts.map((c) => c.type)).toEqual(["LineMarkers", "LineMarkers"]);
  expect(charts[0].series.map((s) => [s.name, s.values, s.categories])).toEqual([
    ["Tỷ lệ về việc", "D7:D11", "A7:A11"],
    ["Chỉ tiêu về việc", "E7:E11", "A7:A11"],
  ]);
  expect(charts[1].series.map((s) => s.values)).toEqual(["H7:H11", "I7:I11"]);
});
