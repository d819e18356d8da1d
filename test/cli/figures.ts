/** Comparing a report sheet (as LibreOffice recalculated it, or as saved) with the figures of the command's JSON. */
import { columnOf, FIRST_MEMBER_ROW, MEASURE_FIELDS, RANK_COLUMN, totalRowNumber } from "../../src/core/report/layout";
import { at, same } from "../xlsx/recalc";

/** Mismatches between the JSON figures of a report (rows + total) and the recalculated sheet. */
export function figureMismatches(rows: string[][], report: { rows: any[]; total: any }): string[] {
  const out: string[] = [];
  const check = (address: string, figure: unknown, what: string) => {
    if (!same(at(rows, address), figure)) out.push(`${what} ${address}: LibreOffice "${at(rows, address)}" ≠ JSON ${JSON.stringify(figure)}`);
  };
  const all = [...report.rows, report.total];
  all.forEach((row, i) => {
    const r = i < report.rows.length ? FIRST_MEMBER_ROW + i : totalRowNumber(report.rows.length);
    check(`B${r}`, row.name, "name");
    for (const measure of ["cases", "money"] as const) {
      for (const field of MEASURE_FIELDS) check(`${columnOf(measure, field)}${r}`, row[measure][field] ?? "", `${row.name} ${measure}.${field}`);
    }
    if (row.rank !== undefined) check(`${RANK_COLUMN}${r}`, row.rank, `${row.name} rank`);
  });
  return out;
}

