/**
 * The full statistics table of a report (forms 04/05): every category of DOMAIN.md, by cases and by
 * money, for each member and the total. A register gives every category; a statistics sheet the
 * ones it has. The JSON's `table` and the "Biểu thống kê" sheet are both made from this.
 */
import { sumFigures } from "./figures";
import type { Category, Figures, Measure, Member, StatTable } from "../table/model";

/** The categories of the table, in the order offices write them (the target is not one). */
export const TABLE_CATEGORIES = [
  "carriedOver",
  "newlyAccepted",
  "accepted",
  "delegatedOut",
  "revoked",
  "mustEnforce",
  "eligible",
  "completed",
  "terminated",
  "inProgress",
  "postponed",
  "suspended",
  "notEligible",
  "backlog",
] as const satisfies readonly Category[];
export type TableCategory = (typeof TABLE_CATEGORIES)[number];

export type TableFigures = Record<Measure, Partial<Record<TableCategory, number>>>;

export interface TableRow {
  name: string;
  figures: TableFigures;
}

/** The figures a member (or a sum) has, in table order, the target left out. */
function pick(figures: Figures): Partial<Record<TableCategory, number>> {
  const out: Partial<Record<TableCategory, number>> = {};
  for (const c of TABLE_CATEGORIES) if (figures[c] !== undefined) out[c] = figures[c];
  return out;
}

export const tableFigures = (m: Pick<Member, "cases" | "money">): TableFigures => ({ cases: pick(m.cases), money: pick(m.money) });

/** One row per member, in the table's order, and the total (the sums of the members). */
export function statTableRows(table: Pick<StatTable, "members">): { rows: TableRow[]; total: TableFigures } {
  return {
    rows: table.members.map((m) => ({ name: m.name, figures: tableFigures(m) })),
    total: tableFigures(sumFigures(table.members)),
  };
}
