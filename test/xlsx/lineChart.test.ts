/**
 * The line kind of the chart writer (the Diễn biến sheet): c:lineChart with its children in the order
 * ECMA-376 lays down (grouping, varyColors, ser…, marker, axId, axId), each series with a marker and
 * no invertIfNegative (a bar-only element), and a written trend workbook that LibreOffice prints.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { columnChartXml, type ColumnChartData } from "../../src/xlsx/chart";
import { writeReport } from "../../src/xlsx/write";
import { buildTrend } from "../../src/core/year/trend";
import { trendDocument } from "../../src/core/year/trendSheet";
import { monthMembers, monthOf, statTable } from "../core/year/tables";
import { convert, soffice } from "./office";
import { childNames, elements, parseXml } from "./xml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const all = (node: Document | Element, local: string) => elements(node.getElementsByTagNameNS(C, local));

const data: ColumnChartData = {
  title: "Tỷ lệ về việc theo tháng",
  categories: { ref: "'D'!$A$7:$A$9", labels: ["10/2020", "11/2020", "12/2020"] },
  series: [
    { name: "Tỷ lệ về việc", ref: "'D'!$D$7:$D$9", formatCode: "0.00%", values: [0.2, 0.3, 0.4] },
    { name: "Chỉ tiêu về việc", ref: "'D'!$E$7:$E$9", formatCode: "0.00%", values: [0.815, 0.815, 0.815] },
  ],
  axisFormat: "0%",
};

test("a line chart, elements in the schema's order", () => {
  const doc = parseXml(columnChartXml(data, "line"));
  expect(childNames(all(doc, "plotArea")[0])).toEqual(["layout", "lineChart", "catAx", "valAx"]);
  expect(childNames(all(doc, "lineChart")[0])).toEqual(["grouping", "varyColors", "ser", "ser", "marker", "axId", "axId"]);
  expect(childNames(all(doc, "ser")[0])).toEqual(["idx", "order", "tx", "marker", "cat", "val"]);
  expect(all(doc, "barChart")).toEqual([]);
});

test("a written Diễn biến workbook: two line chart parts, and LibreOffice prints it", async () => {
  const months = [1, 2, 3, 4].map((k) => ({ table: statTable(monthMembers(k)), name: `T${monthOf(k).month}-${monthOf(k).year}`, source: `T${k}` }));
  const doc = trendDocument(buildTrend(months, { targets: { cases: 0.815, money: 0.48 } }), "vi", "Chi cục")!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-line-"));
  try {
    const file = path.join(dir, "dien-bien.xlsx");
    await writeReport(doc, file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    for (const part of ["xl/charts/chart1.xml", "xl/charts/chart2.xml"]) {
      const chart = parseXml(await zip.file(part)!.async("string"));
      expect(all(chart, "lineChart")).toHaveLength(1);
    }
    const pdf = convert(soffice(), file, "pdf", dir);
    expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
