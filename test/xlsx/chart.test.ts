/**
 * Charts in the written .xlsx: the DrawingML parts on their own (element order as ECMA-376 lays it
 * down), then a written report re-opened with JSZip (every part well-formed, the chain workbook →
 * sheet → drawing → chart resolved, ranges and caches as the document says), with ExcelJS (still
 * loads), and with LibreOffice (prints it, and imports a bar chart over the same ranges).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnChartXml, drawingXml, escapeXml, sheetRange, type ColumnChartData } from "../../src/xlsx/chart";
import { writeReport } from "../../src/xlsx/write";
import { convert, soffice } from "./office";
import { documentOf, sheet } from "./report-doc";
import { childNames, elements, parseXml } from "./xml";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-chart-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** All elements of a namespace and local name under a node. */
const all = (node: Document | Element, local: string, ns = C) => elements(node.getElementsByTagNameNS(ns, local));
const one = (node: Document | Element, local: string, ns = C) => {
  const found = all(node, local, ns);
  if (found.length !== 1) throw new Error(`${found.length} <${local}>`);
  return found[0];
};
const valOf = (node: Document | Element, local: string) => one(node, local).getAttribute("val");

/** A cache's points as [idx, text] pairs. */
const cachePoints = (cache: Element) => all(cache, "pt").map((pt) => [Number(pt.getAttribute("idx")), one(pt, "v").textContent]);

describe("escapeXml and sheetRange", () => {
  test("the five XML characters escaped, forbidden control characters dropped", () => {
    expect(escapeXml(`A & B <c> "d" 'e'\u0001\tf`)).toBe("A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;\tf");
  });

  test.each([
    ["Báo cáo 11 tháng 2021", "B7:B12", "'Báo cáo 11 tháng 2021'!$B$7:$B$12"],
    ["Đội 'Hải Châu'", "$E$7:E12", "'Đội ''Hải Châu'''!$E$7:$E$12"],
    ["S", "C4", "'S'!$C$4"],
  ])("%s %s", (name, range, ref) => expect(sheetRange(name, range)).toBe(ref));
});

describe("columnChartXml", () => {
  const data: ColumnChartData = {
    title: "Tỷ lệ & chỉ tiêu <2021>",
    categories: { ref: "'S'!$B$7:$B$9", labels: ["An", null, "Cường"] },
    series: [
      { name: "Tỷ lệ về việc", ref: "'S'!$E$7:$E$9", formatCode: "0.00%", values: [0.75, null, 0] },
      { name: "Chỉ tiêu về việc", ref: "'S'!$F$7:$F$9", formatCode: "0.00%", values: [0.815, 0.815, 0.815] },
    ],
    axisFormat: "0%",
  };
  const doc = parseXml(columnChartXml(data));

  test("a clustered column chart, elements in the schema's order", () => {
    expect(doc.documentElement.localName).toBe("chartSpace");
    expect(childNames(doc.documentElement)).toEqual(["roundedCorners", "chart"]);
    expect(childNames(one(doc, "chart"))).toEqual(["title", "autoTitleDeleted", "plotArea", "legend", "plotVisOnly", "dispBlanksAs"]);
    expect(childNames(one(doc, "plotArea"))).toEqual(["layout", "barChart", "catAx", "valAx"]);
    expect(childNames(one(doc, "barChart"))).toEqual(["barDir", "grouping", "varyColors", "ser", "ser", "gapWidth", "axId", "axId"]);
    expect(childNames(all(doc, "ser")[0])).toEqual(["idx", "order", "tx", "invertIfNegative", "cat", "val"]);
    expect([valOf(doc, "barDir"), valOf(doc, "grouping")]).toEqual(["col", "clustered"]);
  });

  test("title (escaped text comes back as given), legend at the bottom, percent value axis", () => {
    expect(all(one(doc, "title"), "t", A).map((t) => t.textContent).join("")).toBe("Tỷ lệ & chỉ tiêu <2021>");
    expect(valOf(one(doc, "legend"), "legendPos")).toBe("b");
    const fmt = one(one(doc, "valAx"), "numFmt");
    expect([fmt.getAttribute("formatCode"), fmt.getAttribute("sourceLinked")]).toEqual(["0%", "0"]);
    // the axes cross each other
    const [catId, valId] = all(one(doc, "barChart"), "axId").map((e) => e.getAttribute("val"));
    expect([valOf(one(doc, "catAx"), "crossAx"), valOf(one(doc, "valAx"), "crossAx")]).toEqual([valId, catId]);
  });

  test("each series: its name, the category and value ranges, caches with a gap where a cell has no number", () => {
    const [first, second] = all(doc, "ser");
    expect([valOf(first, "idx"), valOf(second, "idx"), valOf(second, "order")]).toEqual(["0", "1", "1"]);
    expect(one(one(first, "tx"), "v").textContent).toBe("Tỷ lệ về việc");
    const cat = one(first, "cat");
    expect(one(cat, "f").textContent).toBe("'S'!$B$7:$B$9");
    expect(valOf(cat, "ptCount")).toBe("3");
    expect(cachePoints(one(cat, "strCache"))).toEqual([
      [0, "An"],
      [2, "Cường"],
    ]);
    const val = one(first, "val");
    expect(one(val, "f").textContent).toBe("'S'!$E$7:$E$9");
    expect(one(val, "formatCode").textContent).toBe("0.00%");
    expect(valOf(val, "ptCount")).toBe("3");
    expect(cachePoints(one(val, "numCache"))).toEqual([
      [0, "0.75"],
      [2, "0"],
    ]);
    expect(one(one(second, "val"), "f").textContent).toBe("'S'!$F$7:$F$9");
  });
});

describe("drawingXml", () => {
  const xml = drawingXml([
    { anchor: { from: { col: 0, row: 19 }, to: { col: 19, row: 39 } }, relId: "rId1", description: "Tỷ lệ" },
    { anchor: { from: { col: 2, row: 3 }, to: { col: 5, row: 8 } }, relId: "rId2", description: "B & C" },
  ]);
  const doc = parseXml(xml);
  const cell = (marker: Element) => [one(marker, "col", XDR), one(marker, "row", XDR)].map((e) => Number(e.textContent));

  test("one two-cell anchor per chart: from/to cells, the chart's relationship, unique shape ids", () => {
    const anchors = all(doc, "twoCellAnchor", XDR);
    expect(anchors.map((a) => [cell(one(a, "from", XDR)), cell(one(a, "to", XDR))])).toEqual([
      [
        [0, 19],
        [19, 39],
      ],
      [
        [2, 3],
        [5, 8],
      ],
    ]);
    expect(anchors.map((a) => childNames(a))).toEqual([
      ["from", "to", "graphicFrame", "clientData"],
      ["from", "to", "graphicFrame", "clientData"],
    ]);
    expect(all(doc, "chart").map((c) => c.getAttributeNS(R, "id"))).toEqual(["rId1", "rId2"]);
    expect(all(doc, "graphicData", A).map((g) => g.getAttribute("uri"))).toEqual([C, C]);
    const ids = all(doc, "cNvPr", XDR).map((p) => p.getAttribute("id"));
    expect(new Set(ids).size).toBe(2);
    expect(all(doc, "cNvPr", XDR).map((p) => p.getAttribute("descr"))).toEqual(["Tỷ lệ", "B & C"]);
  });
});

/** A written report re-opened as a package: its parts as text, each checked well-formed. */
async function openPackage(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const text = new Map<string, string>();
  for (const n of names) text.set(n, await zip.file(n)!.async("string"));
  const xml = (part: string) => {
    const t = text.get(part);
    if (t === undefined) throw new Error(`no part ${part} in ${names.join(", ")}`);
    return parseXml(t);
  };
  /** The target of relationship `id` of `part`, as a zip path. */
  const follow = (part: string, id: string) => {
    const rels = xml(path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`));
    const rel = elements(rels.getElementsByTagName("Relationship")).find((r) => r.getAttribute("Id") === id);
    if (!rel) throw new Error(`no relationship ${id} from ${part}`);
    return { type: rel.getAttribute("Type"), part: path.posix.join(path.posix.dirname(part), rel.getAttribute("Target")!) };
  };
  return { names, text, xml, follow };
}

describe("a report written with charts, re-opened", () => {
  // The second sheet's name needs quoting in a reference, with its quotes doubled.
  const names = ["Báo cáo 11 tháng 2021", "Đội 'Hải Châu' & 1"];
  const file = path.join(dir, "charts.xlsx");
  let pkg: Awaited<ReturnType<typeof openPackage>>;
  beforeAll(async () => {
    await writeReport(documentOf(...names), file);
    pkg = await openPackage(file);
  });

  test("every XML part is well-formed", () => {
    const parts = pkg.names.filter((n) => /\.(xml|rels)$/.test(n));
    expect(parts).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]));
    for (const part of parts) expect(() => pkg.xml(part)).not.toThrow();
  });

  /** From the workbook, by relationships: the sheet part, its drawing and the drawing's chart. */
  function chartOf(sheetName: string) {
    const sheetEl = elements(pkg.xml("xl/workbook.xml").getElementsByTagNameNS(MAIN, "sheet")).find((s) => s.getAttribute("name") === sheetName)!;
    const sheetPart = pkg.follow("xl/workbook.xml", sheetEl.getAttributeNS(R, "id")!).part;
    const sheetDoc = pkg.xml(sheetPart);
    const drawingRel = pkg.follow(sheetPart, one(sheetDoc, "drawing", MAIN).getAttributeNS(R, "id")!);
    const drawing = pkg.xml(drawingRel.part);
    const chartRel = pkg.follow(drawingRel.part, one(drawing, "chart").getAttributeNS(R, "id")!);
    return { sheetDoc, drawingRel, drawing, chartRel, chart: pkg.xml(chartRel.part) };
  }

  test.each(names)("%s: sheet → drawing → chart, with the right relationship types", (name) => {
    const { sheetDoc, drawingRel, chartRel } = chartOf(name);
    expect(drawingRel.type).toBe(`${R}/drawing`);
    expect(chartRel.type).toBe(`${R}/chart`);
    // <drawing> after pageSetup: the last element ExcelJS writes for these sheets
    expect(childNames(sheetDoc.documentElement).slice(-3)).toEqual(["pageMargins", "pageSetup", "drawing"]);
  });

  test("each sheet's chart refers to its own sheet, quoted, with the document's ranges and cached cells", () => {
    const quoted = ["'Báo cáo 11 tháng 2021'", "'Đội ''Hải Châu'' & 1'"];
    names.forEach((name, i) => {
      const { chart, drawing } = chartOf(name);
      expect(all(chart, "t", A).map((t) => t.textContent).join("")).toBe("Tỷ lệ & chỉ tiêu <2021>");
      const [rate, eligible] = all(chart, "ser");
      expect([rate, eligible].map((s) => one(one(s, "tx"), "v").textContent)).toEqual(["Tỷ lệ", "Có ĐK"]);
      expect(one(one(rate, "cat"), "f").textContent).toBe(`${quoted[i]}!$A$3:$A$4`);
      expect(cachePoints(one(rate, "strCache"))).toEqual([
        [0, "An"],
        [1, "Bình"],
      ]);
      expect(one(one(rate, "val"), "f").textContent).toBe(`${quoted[i]}!$D$3:$D$4`);
      expect(one(rate, "formatCode").textContent).toBe("0.00%");
      // D3 caches 98/120; D4's rate is "" (nothing eligible): no point
      const points = cachePoints(one(rate, "numCache"));
      expect(points.map(([idx]) => idx)).toEqual([0]);
      expect(Number(points[0][1])).toBeCloseTo(98 / 120, 15);
      expect(one(one(eligible, "val"), "f").textContent).toBe(`${quoted[i]}!$B$3:$B$4`);
      expect(one(eligible, "formatCode").textContent).toBe("#,##0");
      expect(cachePoints(one(eligible, "numCache"))).toEqual([
        [0, "120"],
        [1, "0"],
      ]);
      // placed from A7 to the end of E20: zero-based column 0 row 6 to column 5 row 20
      const cells = (m: Element) => [one(m, "col", XDR), one(m, "row", XDR)].map((e) => Number(e.textContent));
      expect([cells(one(drawing, "from", XDR)), cells(one(drawing, "to", XDR))]).toEqual([
        [0, 6],
        [5, 20],
      ]);
    });
  });

  test("content types declare every chart and drawing part", () => {
    const overrides = new Map(
      elements(pkg.xml("[Content_Types].xml").getElementsByTagName("Override")).map((o) => [o.getAttribute("PartName"), o.getAttribute("ContentType")]),
    );
    for (const n of [1, 2]) {
      expect(overrides.get(`/xl/charts/chart${n}.xml`)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
      expect(overrides.get(`/xl/drawings/drawing${n}.xml`)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    }
  });

  test("ExcelJS still loads the file, cells intact", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(names);
    expect(wb.worksheets[1].getCell("A3").value).toBe("An");
    expect(wb.worksheets[1].getCell("D3").formula).toBe("C3/B3");
  });

  test("a sheet without charts gets no drawing; the next sheet's drawing is drawing1", async () => {
    const bare = { ...sheet("Trống"), charts: [] };
    const mixed = path.join(dir, "mixed.xlsx");
    await writeReport({ sheets: [bare, sheet("Có biểu đồ")] } as unknown as Parameters<typeof writeReport>[0], mixed);
    const p = await openPackage(mixed);
    expect(p.names.filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n)).sort()).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]);
    expect(p.text.get("xl/worksheets/sheet1.xml")).not.toContain("<drawing");
    expect(p.names).not.toContain("xl/worksheets/_rels/sheet1.xml.rels");
    expect(p.text.get("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
  });
});

describe("LibreOffice opens the written report", () => {
  const names = ["Báo cáo 11 tháng 2021", "Đội 'Hải Châu' & 1"];
  let office: string;
  let file: string;
  beforeAll(async () => {
    office = soffice();
    file = path.join(dir, "lo.xlsx");
    await writeReport(documentOf(...names), file);
  });

  test("prints it to PDF", () => {
    const pdf = convert(office, file, "pdf", fs.mkdtempSync(path.join(dir, "pdf-")));
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("imports one bar chart per sheet, over the sheet's ranges, with the title and the legend at the bottom", async () => {
    const ods = await JSZip.loadAsync(fs.readFileSync(convert(office, file, "ods", fs.mkdtempSync(path.join(dir, "ods-")))));
    const content = parseXml(await ods.file("content.xml")!.async("string"));
    const DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    const XLINK = "http://www.w3.org/1999/xlink";
    const objects = all(content, "object", DRAW).map((o) => o.getAttributeNS(XLINK, "href")!.replace(/^\.\//, ""));
    expect(objects).toHaveLength(2);
    const CHART = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0";
    const charts = await Promise.all(objects.map(async (o) => parseXml(await ods.file(`${o}/content.xml`)!.async("string"))));
    const quoted = ["'Báo cáo 11 tháng 2021'", "'Đội ''Hải Châu'' & 1'"];
    charts.forEach((chart, i) => {
      expect(one(chart, "chart", CHART).getAttributeNS(CHART, "class")).toBe("chart:bar");
      expect(one(chart, "title", CHART).textContent).toBe("Tỷ lệ & chỉ tiêu <2021>");
      expect(one(chart, "legend", CHART).getAttributeNS(CHART, "legend-position")).toBe("bottom");
      const ranges = all(chart, "series", CHART).map((s) => s.getAttributeNS(CHART, "values-cell-range-address"));
      expect(ranges).toEqual([`${quoted[i]}.D3:${quoted[i]}.D4`, `${quoted[i]}.B3:${quoted[i]}.B4`]);
    });
  });
});
