/**
 * Comparing the year's sheets (as LibreOffice recalculated them, as saved, or as HyperFormula
 * evaluated the pane's) with the command's JSON: the comparison columns of a report sheet against
 * `previous` and `change`, and the Diễn biến sheet against `thads trend --json`.
 */
import { FIRST_MEMBER_ROW, totalRowNumber } from "../../src/core/report/layout";
import { comparisonColumn } from "../../src/core/year/compareSheet";
import { at, same } from "../xlsx/recalc";

type Check = (address: string, figure: unknown, what: string) => void;

function checker(rows: string[][], out: string[]): Check {
  return (address, figure, what) => {
    if (!same(at(rows, address), figure)) out.push(`${what} ${address}: sheet "${at(rows, address)}" ≠ JSON ${JSON.stringify(figure)}`);
  };
}

/** Last year's eligible, done and rate and the changes of done and rate, per row and for the total. */
export function comparisonMismatches(rows: string[][], report: { rows: any[]; total: any }): string[] {
  const out: string[] = [];
  const check = checker(rows, out);
  [...report.rows, report.total].forEach((row, i) => {
    const r = i < report.rows.length ? FIRST_MEMBER_ROW + i : totalRowNumber(report.rows.length);
    for (const m of ["cases", "money"] as const) {
      const p = row.previous?.[m];
      const c = row.change?.[m];
      check(`${comparisonColumn(m, "previousEligible")}${r}`, p ? p.eligible : "", `${row.name} previous.${m}.eligible`);
      check(`${comparisonColumn(m, "previousDone")}${r}`, p ? p.done : "", `${row.name} previous.${m}.done`);
      check(`${comparisonColumn(m, "previousRate")}${r}`, p ? p.rate ?? "" : "", `${row.name} previous.${m}.rate`);
      check(`${comparisonColumn(m, "changeDone")}${r}`, c ? c.done : "", `${row.name} change.${m}.done`);
      check(`${comparisonColumn(m, "changeRate")}${r}`, c ? c.rate ?? "" : "", `${row.name} change.${m}.rate`);
    }
  });
  return out;
}

/**
 * The Diễn biến sheet: a row per month from row 7 (B–E cases eligible, done, rate, target; F–I money),
 * then the projection (eligible, done, rate) and the pace needed per month (under done).
 */
export function trendMismatches(rows: string[][], trend: any): string[] {
  const out: string[] = [];
  const check = checker(rows, out);
  const columns = { cases: ["B", "C", "D", "E"], money: ["F", "G", "H", "I"] } as const;
  trend.months.forEach((mo: any, i: number) => {
    for (const m of ["cases", "money"] as const) {
      const [e, d, r, t] = columns[m];
      check(`${e}${7 + i}`, mo[m].eligible, `month ${mo.months} ${m}.eligible`);
      check(`${d}${7 + i}`, mo[m].done, `month ${mo.months} ${m}.done`);
      check(`${r}${7 + i}`, mo[m].rate ?? "", `month ${mo.months} ${m}.rate`);
      check(`${t}${7 + i}`, trend.target[m], `month ${mo.months} ${m} target`);
    }
  });
  const p = trend.projection;
  if (!p) return out;
  const row = 7 + trend.months.length;
  for (const m of ["cases", "money"] as const) {
    const [e, d, r] = columns[m];
    check(`${e}${row}`, p[m].eligible, `projection ${m}.eligible`);
    check(`${d}${row}`, p[m].done, `projection ${m}.done`);
    check(`${r}${row}`, p[m].rate ?? "", `projection ${m}.rate`);
    check(`${d}${row + 1}`, p.needed[m].perMonth, `needed ${m} per month`);
  }
  return out;
}
