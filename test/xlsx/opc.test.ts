/**
 * Package edits for adding a drawing to a sheet ExcelJS wrote: sheet → part mapping, relationships,
 * content types and the <drawing> element's place in the worksheet schema's order (ECMA-376 CT_Worksheet).
 */
import { addOverride, addRelationship, insertDrawing, relativeTarget, relsPartOf, sheetParts } from "../../src/xlsx/opc";
import { childNames as children, elements, parseXml as parse } from "./xml";

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Local names of the root element's children, in order. */
const childNames = (xml: string) => children(parse(xml).documentElement);

describe("sheetParts: sheet names to worksheet parts, whatever the order", () => {
  const workbook = `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>
    <sheet r:id="rId7" sheetId="1" name="Báo cáo &amp; &apos;tổng hợp&apos;"/>
    <sheet name="Quận &gt; 1" sheetId="2" r:id="rId2"/>
    <sheet name="Ngoài" sheetId="3" r:id="rId9"/></sheets></workbook>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId2" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/>
    <Relationship Target="/xl/worksheets/sheet2.xml" Type="${RELS}/worksheet" Id="rId7"/>
    <Relationship Id="rId9" Type="${RELS}/worksheet" Target="../sheets/other.xml"/></Relationships>`;

  test("by relationship id, names unescaped, relative and absolute targets resolved", () => {
    expect([...sheetParts(workbook, rels)]).toEqual([
      ["Báo cáo & 'tổng hợp'", "xl/worksheets/sheet2.xml"],
      ["Quận > 1", "xl/worksheets/sheet1.xml"],
      ["Ngoài", "sheets/other.xml"],
    ]);
  });
});

describe("relationships", () => {
  test("rels part and relative targets", () => {
    expect(relsPartOf("xl/worksheets/sheet3.xml")).toBe("xl/worksheets/_rels/sheet3.xml.rels");
    expect(relsPartOf("xl/drawings/drawing1.xml")).toBe("xl/drawings/_rels/drawing1.xml.rels");
    expect(relativeTarget("xl/worksheets/sheet3.xml", "xl/drawings/drawing2.xml")).toBe("../drawings/drawing2.xml");
    expect(relativeTarget("xl/drawings/drawing2.xml", "xl/charts/chart5.xml")).toBe("../charts/chart5.xml");
  });

  test("a new rels part holds the one relationship, id rId1", () => {
    const { xml, id } = addRelationship(undefined, `${RELS}/drawing`, "../drawings/drawing1.xml");
    expect(id).toBe("rId1");
    const rel = parse(xml).getElementsByTagName("Relationship")[0];
    expect([rel.getAttribute("Id"), rel.getAttribute("Type"), rel.getAttribute("Target")]).toEqual(["rId1", `${RELS}/drawing`, "../drawings/drawing1.xml"]);
  });

  test("an existing rels part keeps its relationships; the new id is one not taken", () => {
    const existing = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="a"/><Relationship Target="b" Id="rId3" Type="t"/></Relationships>`;
    const { xml, id } = addRelationship(existing, `${RELS}/drawing`, "../drawings/drawing1.xml");
    expect(id).toBe("rId2");
    const ids = elements(parse(xml).getElementsByTagName("Relationship")).map((r) => r.getAttribute("Id"));
    expect(ids).toEqual(["rId1", "rId3", "rId2"]);
  });

  test("content types: an Override for the new part, the rest kept", () => {
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
    const xml = addOverride(types, "/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(childNames(xml)).toEqual(["Default", "Override"]);
    const o = parse(xml).getElementsByTagName("Override")[0];
    expect(o.getAttribute("PartName")).toBe("/xl/charts/chart1.xml");
    expect(o.getAttribute("ContentType")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  });
});

describe("insertDrawing: where CT_Worksheet wants it", () => {
  const sheet = (body: string, ns = ` xmlns:r="${RELS}"`) => `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"${ns}>${body}</worksheet>`;
  const data = `<sheetData><row r="1"><c r="A1" t="str"><f>IF(B1&gt;0,"&lt;x&gt;","")</f><v>a&gt;b</v></c></row></sheetData>`;

  test("after pageMargins/pageSetup/headerFooter when nothing follows them", () => {
    const xml = insertDrawing(sheet(`${data}<pageMargins left="0.7"/><pageSetup orientation="landscape"/><headerFooter><oddHeader>&amp;C x</oddHeader></headerFooter>`), "rId4");
    expect(childNames(xml)).toEqual(["sheetData", "pageMargins", "pageSetup", "headerFooter", "drawing"]);
    expect(parse(xml).getElementsByTagName("drawing")[0].getAttributeNS(RELS, "id")).toBe("rId4");
  });

  test("before legacyDrawing, tableParts and extLst, not misled by an extLst nested in a conditional format", () => {
    const cf = `<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula><extLst><ext uri="x"><id>1</id></ext></extLst></cfRule></conditionalFormatting>`;
    const xml = insertDrawing(sheet(`${data}${cf}<pageSetup/><!-- <tableParts/> --><legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst><ext uri="y"/></extLst>`), "rId2");
    expect(childNames(xml)).toEqual(["sheetData", "conditionalFormatting", "pageSetup", "drawing", "legacyDrawing", "tableParts", "extLst"]);
  });

  test("the r: prefix is declared on the element when the root does not bind it", () => {
    const xml = insertDrawing(sheet(data, ""), "rId1");
    expect(parse(xml).getElementsByTagName("drawing")[0].getAttributeNS(RELS, "id")).toBe("rId1");
  });

  test("a sheet that already has a drawing is refused, not given a second one", () => {
    expect(() => insertDrawing(sheet(`${data}<drawing r:id="rId1"/>`), "rId2")).toThrow("đã có một bản vẽ");
  });
});
