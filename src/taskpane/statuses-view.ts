/**
 * A register's statuses grouped by the category they count in: one line per category with its rows,
 * the spellings under it, each with its dropdown to classify it otherwise. Unclassified statuses come
 * first, under the message that blocks the report until each has a category.
 */
import type { StatusCount } from "../core/register/statusIndex";
import type { Issue } from "../core/table/model";
import { STATUS_CATEGORIES, StatusCategory } from "../core/register/status";
import { FORMATS } from "../i18n/format";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import { el, select } from "./dom";
import type { RegisterSource } from "./source";

/** A register's unclassified statuses are listed once, with the statuses, not again row by row. */
export const listedWithStatuses = (issue: Issue): boolean => issue.problem.code === "registerStatusUnclassified";

type Group = { category: StatusCategory | null; statuses: { status: StatusCount; index: number }[] };

/** Unclassified first, then the categories in their usual order; empty groups left out. */
function groupsOf(statuses: StatusCount[]): Group[] {
  const order: (StatusCategory | null)[] = [null, ...STATUS_CATEGORIES];
  return order
    .map((category) => ({ category, statuses: statuses.map((status, index) => ({ status, index })).filter((e) => e.status.category === category) }))
    .filter((g) => g.statuses.length > 0);
}

export function renderStatuses(
  source: RegisterSource,
  statuses: StatusCount[],
  lang: Lang,
  onChange: (reclassified: Record<string, StatusCategory>) => void,
): HTMLElement {
  const { pane: s, register } = words(lang);
  const num = FORMATS[lang].number;
  const name = (c: StatusCategory | null) => (c === null ? s.unclassifiedGroup : register.statusCategories[c]);
  const options: [string, string][] = [["", s.unclassified], ...STATUS_CATEGORIES.map((c): [string, string] => [c, register.statusCategories[c]])];
  const item = ({ status, index }: Group["statuses"][number]) => {
    const shown = status.text === "" ? s.emptyStatus : status.text;
    const control = select(`status-${index}`, options, status.category ?? "", `${s.classification}: ${shown}`);
    control.addEventListener("change", () => {
      const reclassified = { ...source.reclassified };
      if (control.value === "") delete reclassified[status.text];
      else reclassified[status.text] = control.value as StatusCategory;
      onChange(reclassified);
    });
    const text = el("span", { class: "status-text" }, shown, " ", el("span", { class: "count" }, `(${num(status.count)})`));
    return el("li", { class: status.category === null ? "status unclassified" : "status", attrs: { "data-status": status.text } }, text, control);
  };
  const unclassified = statuses.filter((st) => st.category === null).length;
  const groups = groupsOf(statuses).map((g) => {
    const rows = g.statuses.reduce((sum, e) => sum + e.status.count, 0);
    const title = el("h4", { class: "status-group-title" }, name(g.category), " ", el("span", { class: "count" }, s.rowsCount(rows)));
    return el("li", { class: g.category === null ? "status-group unclassified" : "status-group" }, title, el("ul", {}, ...g.statuses.map(item)));
  });
  return el(
    "div",
    { class: "statuses", id: "statuses" },
    el("h3", {}, s.statuses),
    unclassified > 0 ? el("div", { class: "message error", id: "unclassified-message" }, el("p", {}, s.unclassifiedBlock(unclassified))) : null,
    el("ul", { class: "status-groups" }, ...groups),
  );
}
