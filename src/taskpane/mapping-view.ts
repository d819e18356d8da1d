/**
 * Step 1 for a statistics table: what recognition found (header rows, name column, and for cases and
 * money the column of each category), every choice a dropdown the user can correct.
 */
import { headerLabel, TableLayout } from "../core/table/recognize";
import { Category, Measure, MEASURES, type MoneyUnit } from "../core/table/model";
import { columnLetter } from "../core/address";
import { el, field, select } from "./dom";
import type { Lang } from "../i18n/lang";
import { words } from "../i18n/problem";
import type { TableSource } from "./source";

/** Shown first; the others are folded under "Các cột khác", closed until opened. */
const MAIN: Category[] = ["eligible", "completed", "terminated", "target"];
const OTHER: Category[] = [
  "mustEnforce",
  "notEligible",
  "inProgress",
  "postponed",
  "suspended",
  "carriedOver",
  "newlyAccepted",
  "accepted",
  "delegatedOut",
  "revoked",
  "backlog",
];

export function renderTableMapping(source: TableSource, lang: Lang, onChange: (layout: TableLayout) => void): HTMLElement {
  const { pane: s, table: names } = words(lang);
  const categoryName = (c: Category) => names.categories[c];
  const measureName = (m: Measure) => names.measures[m];
  const { layout, grid } = source;
  const width = grid.cells.reduce((w, row) => Math.max(w, row.length), 0);
  const row = (r: number) => String(r + grid.origin.row + 1);
  const columnOptions: [string, string][] = [["", s.none]];
  for (let c = 0; c < width; c++) {
    // The column's own label first, its band after: "Có điều kiện · Về việc" reads in a narrow dropdown.
    const label = headerLabel(grid.cells, layout.headerRows, c).split(" / ").reverse().join(" · ");
    columnOptions.push([String(c), label ? `${columnLetter(c + grid.origin.col)} — ${label}` : columnLetter(c + grid.origin.col)]);
  }
  const change = (update: (next: TableLayout) => void) => {
    const next: TableLayout = { ...layout, columns: { cases: { ...layout.columns.cases }, money: { ...layout.columns.money } } };
    update(next);
    onChange(next);
  };

  const { first, last } = layout.headerRows;
  const info = el(
    "dl",
    { class: "facts" },
    el("dt", {}, s.headerRows),
    el("dd", { id: "header-rows" }, first === last ? row(first) : `${row(first)}–${row(last)}`),
    el("dt", {}, s.dataFrom),
    el("dd", { id: "data-from" }, row(layout.dataStartRow)),
  );

  const name = select("name-column", columnOptions.slice(1), String(layout.nameColumn));
  name.addEventListener("change", () => change((next) => (next.nameColumn = Number(name.value))));
  const kind = select("member-kind", [["officer", s.officers], ["unit", s.units]], layout.memberKind);
  kind.addEventListener("change", () => change((next) => (next.memberKind = kind.value as TableLayout["memberKind"])));

  const categoryRow = (category: Category) =>
    el(
      "tr",
      {},
      el("th", { attrs: { scope: "row" } }, categoryName(category)),
      ...MEASURES.map((measure) => {
        const id = `col-${measure}-${category}`;
        const current = layout.columns[measure][category];
        const control = select(id, columnOptions, current === undefined ? "" : String(current), `${categoryName(category)} — ${measureName(measure)}`);
        control.addEventListener("change", () =>
          change((next) => {
            if (control.value === "") delete next.columns[measure][category];
            else next.columns[measure][category] = Number(control.value);
          }),
        );
        // data-measure labels the control when a narrow pane stacks the table (taskpane.css).
        return el("td", { attrs: { "data-measure": measureName(measure) } }, control);
      }),
    );
  const table = (categories: Category[]) =>
    el(
      "table",
      { class: "mapping" },
      el("thead", {}, el("tr", {}, el("th", { attrs: { scope: "col" } }, s.category), ...MEASURES.map((m) => el("th", { attrs: { scope: "col" } }, measureName(m))))),
      el("tbody", {}, ...categories.map(categoryRow)),
    );
  const others = el("details", { class: "more" }, el("summary", {}, s.otherColumns), table(OTHER));

  return el(
    "div",
    { class: "source-view" },
    info,
    el("div", { class: "field-row" }, field(s.nameColumn, name), field(s.memberKind, kind)),
    table(MAIN),
    others,
  );
}

/** The table's money unit as a dropdown: `unit` is the user's choice, else the one recognised. */
export function renderTableUnit(unit: MoneyUnit, lang: Lang, onChange: (unit: MoneyUnit) => void): HTMLElement {
  const s = words(lang).pane;
  const control = select("table-money-unit", [["dong", s.dong], ["thousand", s.thousand]], unit);
  control.addEventListener("change", () => onChange(control.value as MoneyUnit));
  return el("div", { class: "field-row" }, field(s.tableMoneyUnit, control));
}
