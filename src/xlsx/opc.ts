/**
 * Edits of the package parts ExcelJS wrote, to add a drawing to a sheet (Open Packaging Conventions):
 * which part holds which sheet, relationships, content types, and the sheet's <drawing> element at its
 * place in the worksheet schema's order. Pure string functions over well-formed XML.
 */
import * as path from "path";
import { escapeXml } from "./chart";
import { problem } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = { worksheet: `${RELS}/worksheet`, drawing: `${RELS}/drawing`, chart: `${RELS}/chart` };
export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

const WORKBOOK_PART = "xl/workbook.xml";
/** Attributes of a tag, quoted values allowed to hold ">" */
const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()];
  });
}

/** The attributes of every start tag `<name …>` of the document. */
function startTags(xml: string, name: string): Record<string, string>[] {
  const tag = new RegExp(`<${name}(?=[\\s/>])(${ATTRIBUTES})/?>`, "g");
  return [...xml.matchAll(tag)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = unescapeXml(a[2] ?? a[3]);
    return attrs;
  });
}

/** Sheet name → the zip path of its worksheet part, from xl/workbook.xml and its relationships. */
export function sheetParts(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = new Map(startTags(workbookRelsXml, "Relationship").map((r) => [r.Id, r.Target]));
  const parts = new Map<string, string>();
  for (const sheet of startTags(workbookXml, "sheet")) {
    const target = targets.get(sheet["r:id"]);
    if (target === undefined) continue;
    parts.set(sheet.name, target.startsWith("/") ? target.slice(1) : path.posix.join(path.posix.dirname(WORKBOOK_PART), target));
  }
  return parts;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels" */
export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** The target of a relationship from `source` to `target` (both zip paths), relative to the source's folder. */
export function relativeTarget(source: string, target: string): string {
  return path.posix.relative(path.posix.dirname(source), target);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

const relationshipXml = (r: Relationship) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;

export function relationshipsXml(rels: Relationship[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(relationshipXml).join("")}</Relationships>`
  );
}

/** Adds a relationship under an unused id to a rels part (created when the part does not exist yet). */
export function addRelationship(relsXml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const used = new Set(relsXml === undefined ? [] : startTags(relsXml, "Relationship").map((r) => r.Id));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const rel = { id: `rId${n}`, type, target };
  if (relsXml === undefined) return { xml: relationshipsXml([rel]), id: rel.id };
  return { xml: insertBeforeClosing(relsXml, "Relationships", relationshipXml(rel)), id: rel.id };
}

/** [Content_Types].xml with an Override for a new part ("/xl/charts/chart1.xml"). */
export function addOverride(contentTypesXml: string, partName: string, contentType: string): string {
  return insertBeforeClosing(contentTypesXml, "Types", `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`);
}

function insertBeforeClosing(xml: string, root: string, fragment: string): string {
  const end = xml.lastIndexOf(`</${root}>`);
  if (end < 0) throw new ProblemError(problem("filesUnclosedPart", { element: root }));
  return xml.slice(0, end) + fragment + xml.slice(end);
}

/** Children of CT_Worksheet that come after <drawing>, in the schema's sequence. */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

/** Markup of the document: tags (closing, name, self-closing) and the comments, PIs and CDATA skipped over. */
const MARKUP = new RegExp(`<(/?)([\\w:.-]+)${ATTRIBUTES}(/?)>|<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>`, "g");

/** Start offset and name of each child of the root element, and the offset of the root's end tag. */
function rootChildren(xml: string): { children: { name: string; at: number }[]; end: number } {
  const children: { name: string; at: number }[] = [];
  let depth = 0;
  for (const m of xml.matchAll(MARKUP)) {
    const [, closing, name, selfClosing] = m;
    if (name === undefined) continue;
    if (closing) {
      if (--depth === 0) return { children, end: m.index! };
      continue;
    }
    if (depth === 1) children.push({ name, at: m.index! });
    if (!selfClosing) depth++;
  }
  throw new ProblemError(problem("filesUnclosedPart", { element: "worksheet" }));
}

/** The worksheet part with `<drawing r:id="…"/>` where the schema wants it: before legacyDrawing … extLst. */
export function insertDrawing(sheetXml: string, relId: string): string {
  const { children, end } = rootChildren(sheetXml);
  if (children.some((c) => c.name === "drawing")) throw new ProblemError(problem("filesDrawingExists", {}));
  const at = children.find((c) => AFTER_DRAWING.has(c.name))?.at ?? end;
  // ExcelJS binds the r: prefix on the root; declared on the element otherwise.
  const bound = sheetXml.slice(0, children[0]?.at ?? end).includes(`xmlns:r="${RELS}"`);
  const drawing = `<drawing${bound ? "" : ` xmlns:r="${RELS}"`} r:id="${escapeXml(relId)}"/>`;
  return sheetXml.slice(0, at) + drawing + sheetXml.slice(at);
}
