/**
 * The money unit of a case register, from where offices write it: the money columns' own headers,
 * the row above them (a band "Số tiền (đồng)" over "Phải thi hành" / "Đã thu"), and a unit line of
 * the title rows ("ĐVT: đồng"). Read with the tables' unit words (table/labels.ts), so that a
 * register and a table say the same of the same words; all that is written must agree. A unit the
 * add-in does not read (triệu đồng) is kept with its cell, for the error naming it (aggregate.ts):
 * millions read as thousands, or as đồng, are figures wrong by a thousand times.
 */
import { problem, type Problem } from "../../i18n/problem";
import { isBlankCell } from "../numbers";
import { moneyUnitOf, statesOtherMoneyUnit } from "../table/labels";
import type { MoneyUnit } from "../table/model";
import { titleUnit } from "../table/units";

/** A text written in a grid cell (0-based into the cells). */
export interface WrittenText {
  text: string;
  row: number;
  col: number;
}

export interface RegisterMoneyUnit {
  /** "dong" = the register is kept in đồng and is converted; "thousand" = nghìn đồng */
  moneyUnit: MoneyUnit;
  /** false when no single unit is written and thousands are assumed */
  fromHeader: boolean;
  notes: Problem[];
  /** the label stating a unit the add-in does not read, with its cell */
  unreadable?: WrittenText;
}

/** The cell at (r, c) as written, if it holds anything. */
function writtenAt(cells: readonly unknown[][], r: number, c: number): WrittenText | undefined {
  const v = r >= 0 && r < cells.length ? cells[r]?.[c] : undefined;
  return isBlankCell(v) ? undefined : { text: String(v).trim(), row: r, col: c };
}

/** The label of the merged band above column c of header row r: the nearest non-blank cell at or left of it. */
export function bandAbove(cells: readonly unknown[][], r: number, c: number): WrittenText | undefined {
  for (let k = c; k >= 0; k--) {
    const band = writtenAt(cells, r - 1, k);
    if (band) return band;
  }
  return undefined;
}

/** The register's money unit, from the labels of its money columns (0-based) and its title's unit line. */
export function registerMoneyUnit(cells: readonly unknown[][], headerRow: number, moneyColumns: readonly number[]): RegisterMoneyUnit {
  const labels = moneyColumns.flatMap((c) => [writtenAt(cells, headerRow, c), writtenAt(cells, headerRow - 1, c), bandAbove(cells, headerRow, c)]);
  const written = labels.filter((w): w is WrittenText => w !== undefined);
  const units = new Set(written.map((w) => moneyUnitOf(w.text)).filter((u) => u !== undefined));
  let unreadable = written.find((w) => statesOtherMoneyUnit(w.text));
  const title = titleUnit(cells, 0, headerRow);
  if (title?.unreadable !== undefined && title.at) unreadable ??= { text: title.unreadable, ...title.at };
  else if (title) units.add(title.unit);
  if (unreadable) return { moneyUnit: "thousand", fromHeader: false, notes: [], unreadable };
  if (units.size === 1) return { moneyUnit: [...units][0]!, fromHeader: true, notes: [] };
  return { moneyUnit: "thousand", fromHeader: false, notes: [problem(units.size > 1 ? "registerMixedUnits" : "registerNoUnit", {})] };
}
