/**
 * Step 1 for a case register, what "Sửa cột" opens: the columns found; which categories count as
 * eligible; the money unit; whether to group by officer or by unit; the result-date column (which
 * decides each case's state at the report date), chosen among the header's columns. The statuses
 * and their classification are statuses-view.ts.
 */
import { STATUS_CATEGORIES } from "../core/register/status";
import { columnLetter } from "../core/address";
import { el, field, select } from "./dom";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import type { RegisterLayout } from "../core/register/recognize";
import type { RegisterChoices, RegisterSource } from "./source";

export type Change = Partial<RegisterChoices> & { layout?: RegisterLayout };

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

export function renderRegister(source: RegisterSource, lang: Lang, onChange: (change: Change) => void): HTMLElement {
  const { pane: s, register } = words(lang);
  const { layout, grid } = source;
  const columns = el("dl", { class: "facts" });
  for (const f of SHOWN_FIELDS) {
    const c = layout.columns[f];
    if (c === undefined) continue;
    const header = layout.headers[f];
    columns.append(el("dt", {}, s.registerFields[f]), el("dd", {}, `${columnLetter(c + grid.origin.col)}${header ? ` — ${header}` : ""}`));
  }

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
    el("p", { class: "hint" }, s.columnsFound),
    columns,
    eligible,
    el("div", { class: "field-row" }, field(s.moneyUnit, unit), field(s.groupBy, groupBy)),
    el("div", { class: "field-row" }, field(s.registerFields.resultDate, resultDateChoice(source, s.none, onChange))),
  );
}
