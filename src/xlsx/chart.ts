/**
 * The DrawingML parts of a clustered column chart in an .xlsx package (ExcelJS cannot write charts):
 * the chart part (c:chartSpace) and the sheet's drawing part that places it between two cells.
 * Pure string building; the figures come with their cached values so that a viewer that does not
 * recalculate still draws the bars.
 */

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text or attribute value as XML; control characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** "B7:B12" on sheet "Báo cáo 11 tháng 2021" → "'Báo cáo 11 tháng 2021'!$B$7:$B$12" (quotes doubled inside the name). */
export function sheetRange(sheetName: string, range: string): string {
  const absolute = range.replace(/\$/g, "").replace(/([A-Za-z]+)(\d+)/g, "$$$1$$$2");
  return `'${sheetName.replace(/'/g, "''")}'!${absolute}`;
}

export interface ChartSeriesData {
  name: string;
  /** the values' range with its sheet, as sheetRange writes it */
  ref: string;
  /** number format of the values, e.g. "0.00%" */
  formatCode: string;
  /** cached values, one per cell; null where the cell holds no number (a gap in the chart) */
  values: (number | null)[];
}

export interface ColumnChartData {
  title: string;
  categories: { ref: string; labels: (string | null)[] };
  series: ChartSeriesData[];
  /** number format of the value axis labels */
  axisFormat: string;
}

/** Zero-based cell edges a drawing is anchored to; `to` is the edge after the last covered cell. */
export interface Anchor {
  from: { col: number; row: number };
  to: { col: number; row: number };
}

const el = (name: string, body: string) => `<${name}>${body}</${name}>`;
const val = (name: string, value: string | number) => `<${name} val="${escapeXml(String(value))}"/>`;

/** Points of a cache: only the cells that have a value (a missing point is a blank cell). */
function points<T>(values: (T | null)[], text: (v: T) => string): string {
  const pts = values.map((v, idx) => (v === null ? "" : `<c:pt idx="${idx}">${el("c:v", escapeXml(text(v)))}</c:pt>`));
  return val("c:ptCount", values.length) + pts.join("");
}

function seriesXml(series: ChartSeriesData, index: number, categories: ColumnChartData["categories"], kind: "columnClustered" | "line"): string {
  const cat = el("c:strRef", el("c:f", escapeXml(categories.ref)) + el("c:strCache", points(categories.labels, String)));
  const values = el(
    "c:numRef",
    el("c:f", escapeXml(series.ref)) + el("c:numCache", el("c:formatCode", escapeXml(series.formatCode)) + points(series.values, String)),
  );
  return el(
    "c:ser",
    val("c:idx", index) +
      val("c:order", index) +
      el("c:tx", el("c:v", escapeXml(series.name))) +
      (kind === "line" ? el("c:marker", val("c:symbol", "circle")) : val("c:invertIfNegative", 0)) +
      el("c:cat", cat) +
      el("c:val", values),
  );
}

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

function titleXml(title: string): string {
  const paragraph = el("a:p", el("a:pPr", '<a:defRPr sz="1400" b="0"/>') + el("a:r", '<a:rPr lang="vi-VN" sz="1400" b="0"/>' + el("a:t", escapeXml(title))));
  return el("c:title", el("c:tx", el("c:rich", "<a:bodyPr/><a:lstStyle/>" + paragraph)) + val("c:overlay", 0));
}

/** Axis elements shared by both axes, in the schema's order up to the number format. */
function axisHead(id: number, position: "b" | "l", gridlines: boolean): string {
  return val("c:axId", id) + el("c:scaling", val("c:orientation", "minMax")) + val("c:delete", 0) + val("c:axPos", position) + (gridlines ? "<c:majorGridlines/>" : "");
}

/** The plot of the series: clustered columns, or lines with markers (c:lineChart). */
function plotXml(chart: ColumnChartData, kind: "columnClustered" | "line"): string {
  const series = chart.series.map((s, i) => seriesXml(s, i, chart.categories, kind)).join("");
  const axes = val("c:axId", CATEGORY_AXIS) + val("c:axId", VALUE_AXIS);
  if (kind === "line") return el("c:lineChart", val("c:grouping", "standard") + val("c:varyColors", 0) + series + val("c:marker", 1) + axes);
  return el("c:barChart", val("c:barDir", "col") + val("c:grouping", "clustered") + val("c:varyColors", 0) + series + val("c:gapWidth", 150) + axes);
}

/** xl/charts/chartN.xml: a clustered column (or line) chart, legend at the bottom, the value axis as percentages. */
export function columnChartXml(chart: ColumnChartData, kind: "columnClustered" | "line" = "columnClustered"): string {
  const bars = plotXml(chart, kind);
  const ticks = val("c:majorTickMark", "out") + val("c:minorTickMark", "none") + val("c:tickLblPos", "nextTo");
  const categoryAxis = el(
    "c:catAx",
    axisHead(CATEGORY_AXIS, "b", false) +
      '<c:numFmt formatCode="General" sourceLinked="0"/>' +
      ticks +
      val("c:crossAx", VALUE_AXIS) +
      val("c:crosses", "autoZero") +
      val("c:auto", 1) +
      val("c:lblAlgn", "ctr") +
      val("c:lblOffset", 100) +
      val("c:noMultiLvlLbl", 0),
  );
  const valueAxis = el(
    "c:valAx",
    axisHead(VALUE_AXIS, "l", true) +
      `<c:numFmt formatCode="${escapeXml(chart.axisFormat)}" sourceLinked="0"/>` +
      ticks +
      val("c:crossAx", CATEGORY_AXIS) +
      val("c:crosses", "autoZero") +
      val("c:crossBetween", "between"),
  );
  const body =
    titleXml(chart.title) +
    val("c:autoTitleDeleted", 0) +
    el("c:plotArea", "<c:layout/>" + bars + categoryAxis + valueAxis) +
    el("c:legend", val("c:legendPos", "b") + val("c:overlay", 0)) +
    val("c:plotVisOnly", 1) +
    val("c:dispBlanksAs", "gap");
  // roundedCorners stated: Excel draws rounded corners when the element is missing.
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    val("c:roundedCorners", 0) +
    el("c:chart", body) +
    "</c:chartSpace>"
  );
}

export interface ChartFrame {
  anchor: Anchor;
  /** relationship id of the chart part in the drawing's rels */
  relId: string;
  /** alternative text (the chart's title) */
  description: string;
}

function marker(name: "xdr:from" | "xdr:to", at: { col: number; row: number }): string {
  return el(name, el("xdr:col", String(at.col)) + "<xdr:colOff>0</xdr:colOff>" + el("xdr:row", String(at.row)) + "<xdr:rowOff>0</xdr:rowOff>");
}

/** xl/drawings/drawingN.xml: each chart in a frame that moves and resizes with its cells. */
export function drawingXml(frames: ChartFrame[]): string {
  const anchors = frames.map((f, i) => {
    const properties = `<xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${escapeXml(f.description)}"/><xdr:cNvGraphicFramePr/>`;
    const graphic = el(
      "a:graphic",
      `<a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${escapeXml(f.relId)}"/></a:graphicData>`,
    );
    const frame =
      `<xdr:graphicFrame macro="">` +
      el("xdr:nvGraphicFramePr", properties) +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      graphic +
      "</xdr:graphicFrame>";
    return el("xdr:twoCellAnchor", marker("xdr:from", f.anchor.from) + marker("xdr:to", f.anchor.to) + frame + "<xdr:clientData/>");
  });
  return XML_DECLARATION + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
}
