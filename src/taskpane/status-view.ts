/**
 * Step 1 for a case register: the columns found, each distinct status with its classification (a
 * dropdown) and row count, unclassified statuses highlighted; which categories count as eligible;
 * the money unit; whether to group by officer or by unit; the result-date column (which decides each
 * case's state at the report date), chosen among the header's columns.
 */
import type { StatusCount } from "../core/register/aggregate";
import { STATUS_CATEGORIES, StatusCategory } from "../core/register/status";
import { FORMATS } from "../i18n/format";
import { columnLetter } from "../core/address";
import { el, field, select } from "./dom";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import type { RegisterLayout } from "../core/register/recognize";
import type { RegisterChoices, RegisterSource } from "./source";

type Change = Partial<RegisterChoices> & { layout?: RegisterLayout };

/** The result-date column: none, or a column labelled "Ngày …" (read with the others); the layout changes with the choice. */
function resultDateChoice(source: RegisterSource, none: string, onChange: (change: Change) => void): HTMLSelectElement {
  const { layout, grid } = source;
  const header = grid.cells[layout.headerRow] ?? [];
  const options: [string, string][] = [["", none]];
  const candidates = new Set([...(layout.dateColumns ?? []), ...(layout.columns.resultDate === undefined ? [] : [layout.columns.resultDate])]);
  for (const c of [...candidates].sort((a, b) => a - b)) {
    if (c !== layout.columns.date) options.push([String(c), `${columnLetter(c + grid.origin.col)} — ${String(header[c] ?? "").trim()}`]);
  }
  const chosen = layout.columns.resultDate;
  const control = select("result-date", options, chosen === undefined ? "" : String(chosen));
  control.addEventListener("change", () => {
    const { resultDate: _c, ...columns } = layout.columns;
    const { resultDate: _h, ...headers } = layout.headers;
    const c = control.value === "" ? undefined : Number(control.value);
    const text = c === undefined ? "" : String(header[c]).trim();
    onChange({ layout: { ...layout, columns: c === undefined ? columns : { ...columns, resultDate: c }, headers: c === undefined ? headers : { ...headers, resultDate: text } } });
  });
  return control;
}

const SHOWN_FIELDS = ["officer", "unit", "status", "date", "resultDate", "amount", "collected", "terminatedAmount"] as const;

export function renderRegister(
  source: RegisterSource,
  statuses: StatusCount[],
  lang: Lang,
  onChange: (change: Change) => void,
): HTMLElement {
  const { pane: s, register } = words(lang);
  const { layout, grid } = source;
  const columns = el("dl", { class: "facts" });
  for (const f of SHOWN_FIELDS) {
    const c = layout.columns[f];
    if (c === undefined) continue;
    const header = layout.headers[f];
    columns.append(el("dt", {}, s.registerFields[f]), el("dd", {}, `${columnLetter(c + grid.origin.col)}${header ? ` — ${header}` : ""}`));
  }

  const categoryOptions: [string, string][] = [["", s.unclassified], ...STATUS_CATEGORIES.map((c): [string, string] => [c, register.statusCategories[c]])];
  const rows = statuses.map((status, i) => {
    const shown = status.text === "" ? s.emptyStatus : status.text;
    const control = select(`status-${i}`, categoryOptions, status.category ?? "", `${s.classification}: ${shown}`);
    control.addEventListener("change", () => {
      const reclassified = { ...source.reclassified };
      if (control.value === "") delete reclassified[status.text];
      else reclassified[status.text] = control.value as StatusCategory;
      onChange({ reclassified });
    });
    return el(
      "tr",
      { class: status.category === null ? "unclassified" : undefined },
      el("th", { attrs: { scope: "row" } }, shown),
      el("td", {}, control),
      el("td", { class: "num" }, FORMATS[lang].number(status.count)),
    );
  });
  const statusTable = el(
    "table",
    { class: "mapping statuses", id: "statuses" },
    el("caption", {}, s.statuses),
    el(
      "thead",
      {},
      el("tr", {}, el("th", { attrs: { scope: "col" } }, s.status), el("th", { attrs: { scope: "col" } }, s.classification), el("th", { class: "num", attrs: { scope: "col" } }, s.rows)),
    ),
    el("tbody", {}, ...rows),
  );

  const eligible = el("fieldset", { class: "checks", id: "eligible" }, el("legend", {}, s.eligibleLegend));
  STATUS_CATEGORIES.forEach((category) => {
    const box = el("input", { id: `eligible-${category}`, attrs: { type: "checkbox" } });
    box.checked = source.eligible.includes(category);
    box.addEventListener("change", () =>
      onChange({ eligible: STATUS_CATEGORIES.filter((c) => (c === category ? box.checked : source.eligible.includes(c))) }),
    );
    eligible.append(el("label", { class: "check" }, box, register.statusCategories[category]));
  });

  const unit = select("money-unit", [["dong", s.dong], ["thousand", s.thousand]], source.moneyUnit);
  unit.addEventListener("change", () => onChange({ moneyUnit: unit.value as RegisterChoices["moneyUnit"] }));
  const groups: [string, string][] = [["officer", s.officers]];
  if (layout.columns.unit !== undefined) groups.push(["unit", s.units]);
  const groupBy = select("group-by", groups, source.groupBy);
  groupBy.addEventListener("change", () => onChange({ groupBy: groupBy.value as RegisterChoices["groupBy"] }));

  return el(
    "div",
    { class: "source-view" },
    el("h3", { class: "source-title" }, s.foundRegister(grid.sheetName)),
    el("p", { class: "hint" }, s.columnsFound),
    columns,
    statusTable,
    eligible,
    el("div", { class: "field-row" }, field(s.moneyUnit, unit), field(s.groupBy, groupBy)),
    el("div", { class: "field-row" }, field(s.registerFields.resultDate, resultDateChoice(source, s.none, onChange))),
  );
}
