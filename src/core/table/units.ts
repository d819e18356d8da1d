/**
 * The money unit of each money column of a statistics table. Offices keep money in nghìn đồng (the
 * forms' unit) or in đồng; the unit is written in the column's header or band ("Về tiền (đồng)",
 * "Số tiền (1.000đ)") or in a unit line of the title rows ("Đơn vị tính: việc; đồng"). A column's own
 * header wins over the title's line; with no unit written anywhere, thousands are assumed (and a
 * note says so). Money in đồng is converted as registers convert it: each figure (a member's sum)
 * rounded once to whole thousands, half up.
 */
import { placedColumnPaths, type TableLayout } from "./recognize";
import { moneyUnitOf, statesOtherMoneyUnit, unitLineMoneyUnit, unitLineStatesOtherUnit } from "./labels";
import { clean } from "../numbers";
import { problem, type Problem } from "../../i18n/problem";
import type { Category, Member, MoneyUnit } from "./model";

/** Where a column's unit was read: a grid cell, or nowhere (assumed). */
export interface ColumnUnit {
  unit: MoneyUnit;
  /** grid cell of the label or line stating it; absent when assumed or chosen by the user */
  at?: { row: number; col: number };
  /** the label at `at` states a unit the add-in does not read (triệu đồng): the column cannot be used */
  unreadable?: string;
}

/** The unit lines of the title rows (rows `from` .. above the header), first one found. */
export function titleUnit(cells: readonly unknown[][], from: number, headerFirst: number): ColumnUnit | undefined {
  for (let r = from; r < headerFirst; r++) {
    const row = cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      for (const line of v.split(/\r?\n/)) {
        const unit = unitLineMoneyUnit(line);
        if (unit) return { unit, at: { row: r, col: c } };
        if (unitLineStatesOtherUnit(line)) return { unit: "thousand", at: { row: r, col: c }, unreadable: line.trim() };
      }
    }
  }
  return undefined;
}

/** The unit of each mapped money column, by category; `chosen` (the user's) overrides what is written. */
export function moneyColumnUnits(
  cells: readonly unknown[][],
  layout: TableLayout,
  chosen?: MoneyUnit,
): Partial<Record<Category, ColumnUnit>> {
  const out: Partial<Record<Category, ColumnUnit>> = {};
  const columns = Object.entries(layout.columns.money) as [Category, number | undefined][];
  if (chosen) {
    for (const [category, col] of columns) if (col !== undefined) out[category] = { unit: chosen };
    return out;
  }
  const width = Math.max(0, ...columns.map(([, col]) => (col ?? -1) + 1));
  const paths = placedColumnPaths(cells, layout.headerRows.first, layout.headerRows.last, width);
  const title = titleUnit(cells, layout.titleStartRow ?? 0, layout.headerRows.first);
  for (const [category, col] of columns) {
    if (col === undefined) continue;
    // The deepest label stating a unit: a column's own label is more specific than its band.
    const own = [...paths[col]].reverse().find((label) => moneyUnitOf(label.text) !== undefined || statesOtherMoneyUnit(label.text));
    const unit = own && moneyUnitOf(own.text);
    if (own && unit) out[category] = { unit, at: { row: own.row, col: own.col } };
    else if (own) out[category] = { unit: "thousand", at: { row: own.row, col: own.col }, unreadable: own.text };
    else out[category] = title ?? { unit: "thousand" };
  }
  return out;
}

/** The errors of columns whose unit cannot be read, once per cell stating it. */
export function unreadableUnits(units: Partial<Record<Category, ColumnUnit>>): { text: string; row: number; col: number }[] {
  const seen = new Map<string, { text: string; row: number; col: number }>();
  for (const u of Object.values(units)) {
    if (u?.unreadable !== undefined && u.at) seen.set(`${u.at.row},${u.at.col}`, { text: u.unreadable, ...u.at });
  }
  return [...seen.values()];
}

/** An amount in đồng as nghìn đồng, as registers convert their sums: rounded once, half up. */
export function thousandsOfDong(dong: number): number {
  return Math.round(dong / 1000);
}

/**
 * The money figures of the đồng columns as nghìn đồng, in place: each member's figure rounded once.
 * The source's total row is converted the same way, except that a total agreeing with its rows in
 * đồng becomes the sum of the rounded rows, so that rounding alone never makes it "disagree".
 */
export function convertDongColumns(members: readonly Member[], total: Member | undefined, units: Partial<Record<Category, ColumnUnit>>): void {
  for (const [category, unit] of Object.entries(units) as [Category, ColumnUnit][]) {
    if (unit.unit !== "dong" || category === "target") continue;
    let dong = 0;
    let thousands = 0;
    for (const m of members) {
      const v = m.money[category];
      if (v === undefined) continue;
      dong = clean(dong + v);
      m.money[category] = thousandsOfDong(v);
      thousands += m.money[category] as number;
    }
    const t = total?.money[category];
    if (total && t !== undefined) total.money[category] = clean(t) === dong ? thousands : thousandsOfDong(t);
  }
}

/** The notes saying in which unit the money was read: converted from đồng (where it says so), or assumed. */
export function unitNotes(units: Partial<Record<Category, ColumnUnit>>, chosen: MoneyUnit | undefined, where: (row: number, col: number) => string): Problem[] {
  const read = (Object.entries(units) as [Category, ColumnUnit][])
    .filter(([category, u]) => category !== "target" && u.unreadable === undefined)
    .map(([, u]) => u);
  const notes: Problem[] = [];
  const dong = read.filter((u) => u.unit === "dong");
  if (dong.length > 0) {
    const cells = [...new Set(dong.flatMap((u) => (u.at ? [where(u.at.row, u.at.col)] : [])))];
    notes.push(problem("tableMoneyInDong", { cells, chosen: chosen === "dong" }));
  }
  if (chosen === undefined && read.some((u) => u.at === undefined)) notes.push(problem("tableMoneyUnitAssumed", {}));
  return notes;
}
