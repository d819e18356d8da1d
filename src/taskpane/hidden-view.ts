/**
 * The choice offered when the sheet read has hidden or filtered rows: counted (as SUM counts them,
 * the default) or left out. What is done with them, and which rows they are, is said by the core
 * (core/hiddenRows.ts) in the issues under step 1; this only asks.
 */
import { el } from "./dom";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";

export function renderSkipHidden(skip: boolean, lang: Lang, onChange: (skip: boolean) => void): HTMLElement {
  const box = el("input", { id: "skip-hidden", attrs: { type: "checkbox" } });
  box.checked = skip;
  box.addEventListener("change", () => onChange(box.checked));
  return el("div", { class: "field-row" }, el("label", { class: "check" }, box, " ", el("span", {}, words(lang).pane.skipHidden)));
}
