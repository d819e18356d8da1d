/**
 * The outcome of "Tạo báo cáo": the office's overall rates against the targets, who is below target,
 * and a link that activates the report sheet. Every figure is the report document's (core); here
 * they are only written in the pane's language.
 */
import type { MeasureResult, ReportData } from "../core/report/document";
import { MEASURES } from "../core/table/model";
import { FORMATS } from "../i18n/format";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { el } from "./dom";

function measureLine(measure: MeasureResult, name: string, lang: Lang): HTMLElement {
  const s = words(lang).pane;
  const pct = FORMATS[lang].percent;
  const verdict = measure.met === null ? s.noRate : measure.met ? s.met : s.notMet;
  return el(
    "li",
    { class: measure.met === false ? "below" : undefined },
    s.rateLine(name, measure.rate === null ? s.noRate : pct(measure.rate), pct(measure.target)),
    " ",
    el("strong", {}, verdict),
  );
}

/** The result card's content, `period` in the pane's language; `onOpen` activates the report sheet. */
export function renderResult(data: ReportData, period: string, sheetName: string, lang: Lang, onOpen: () => void): HTMLElement[] {
  const { pane: s, table } = words(lang);
  const link = el("button", { class: "link", id: "open-report", attrs: { type: "button" } }, s.openReport(sheetName));
  link.addEventListener("click", onOpen);
  const below = data.belowTarget;
  return [
    el("h2", { id: "result-title" }, s.resultTitle(period)),
    el("ul", { class: "rates", id: "result-rates" }, ...MEASURES.map((m) => measureLine(data.total[m], table.measures[m], lang))),
    el("p", { id: "below-target" }, below.length === 0 ? s.allMet : s.belowTarget(below.length, below.join(", "))),
    el("p", {}, link),
  ];
}
