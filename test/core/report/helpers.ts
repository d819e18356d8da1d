/** Shared by the report tests: small tables written by hand, cell access, and an independent recalculation. */
import { HyperFormula } from "hyperformula";
import type { MeasureResult, ReportCell, ReportData, ReportSheet } from "../../../src/core/report/document";
import type { Member, StatTable } from "../../../src/core/table/model";

export const AUG_2021 = { year: 2021, month: 8, day: 31 }; // 11 tháng năm 2021, 1 month left
export const MAR_2021 = { year: 2021, month: 3, day: 31 }; // 6 tháng năm 2021, 6 months left
export const TARGETS = { cases: 0.815, money: 0.48 };

export function member(
  name: string,
  cases: [eligible: number, completed: number, terminated: number],
  money: [eligible: number, completed: number, terminated: number],
  where?: string,
): Member {
  return {
    name,
    where,
    cases: { eligible: cases[0], completed: cases[1], terminated: cases[2] },
    money: { eligible: money[0], completed: money[1], terminated: money[2] },
  };
}

export function officerTable(members: Member[], extra: Partial<StatTable> = {}): StatTable {
  return { memberKind: "officer", members, issues: [], ...extra };
}

/**
 * Three officers (figures chosen by hand; every derived figure is worked out in the tests):
 *   An    cases 120 eligible, 92 + 6 done   money 50.000 eligible, 20.000 + 4.000 done
 *   Bình  cases  40 eligible, 35 + 1 done   money 10.000 eligible,  3.000 +   500 done
 *   Cường cases   7 eligible,  5 + 0 done   money  2.000 eligible,  1.500 +     0 done
 */
export const THREE_OFFICERS: Member[] = [
  member("Nguyễn Văn An", [120, 92, 6], [50000, 20000, 4000], "Sheet1!B7"),
  member("Trần Thị Bình", [40, 35, 1], [10000, 3000, 500], "Sheet1!B8"),
  member("Lê Văn Cường", [7, 5, 0], [2000, 1500, 0], "Sheet1!B9"),
];

function indexOfAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

export function cell(sheet: ReportSheet, address: string): ReportCell {
  const { row, col } = indexOfAddress(address);
  const c = sheet.rows[row]?.[col];
  if (!c) throw new Error(`${address} is outside the grid`);
  return c;
}

export const value = (sheet: ReportSheet, address: string) => cell(sheet, address).value;
export const formula = (sheet: ReportSheet, address: string) => cell(sheet, address).formula;

/** Every formula cell as [address, cell]. */
export function formulaCells(sheet: ReportSheet): [string, ReportCell][] {
  const out: [string, ReportCell][] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((c, i) => {
      if (c.formula !== undefined) out.push([`${String.fromCharCode(65 + i)}${r + 1}`, c]);
    }),
  );
  return out;
}

/**
 * The figure of ReportData a formula cell must show, located independently of the layout code:
 * the documented columns (C..J cases, K..R money, S rank) and rows (7… members, then the total).
 */
export function expectedFigure(data: ReportData, address: string, status: (met: MeasureResult["met"]) => string) {
  const { row, col } = indexOfAddress(address);
  const i = row + 1 - 7;
  const r = i < data.rows.length ? data.rows[i] : data.total;
  if (col === 18) return r.rank;
  const fields = ["eligible", "done", "rate", "target", "gap", "needed", "neededPerMonth", "status"] as const;
  const m = col < 10 ? r.cases : r.money;
  const field = fields[(col - 2) % 8];
  if (field === "status") return status(m.met);
  const v = m[field];
  return v === null ? "" : v;
}

/**
 * Recalculates the sheet with HyperFormula (an engine independent of this code) and returns the value of
 * every formula cell. HyperFormula has no RANK and reads only a lower-case exponent, so those two are
 * spelled its way; the LibreOffice test recalculates the formulas exactly as written.
 */
export function recalculate(sheet: ReportSheet): Map<string, unknown> {
  const grid = sheet.rows.map((row) =>
    row.map((c) =>
      c.formula === undefined
        ? c.value
        : c.formula.replace(/1E-15/g, "1e-15").replace(/RANK\(([A-Z]+\d+),([^)]+)\)/g, 'COUNTIF($2,">"&$1)+1'),
    ),
  );
  const hf = HyperFormula.buildFromArray(grid as (string | number | boolean | null)[][], {
    licenseKey: "gpl-v3",
    // Keep full precision so that 0.07 × 100 noise would show if a formula failed to absorb it.
    precisionRounding: 15,
    smartRounding: false,
  });
  const values = new Map<string, unknown>();
  for (const [address] of formulaCells(sheet)) {
    const { row, col } = indexOfAddress(address);
    values.set(address, hf.getCellValue({ sheet: 0, row, col }));
  }
  hf.destroy();
  return values;
}

/** Asserts that every formula cell's cached value is the ReportData figure and what HyperFormula computes. */
export function expectFormulasAgree(
  sheet: ReportSheet,
  data: ReportData,
  status: (met: MeasureResult["met"]) => string = (met) => (met === null ? "" : met ? "Đạt" : "Chưa đạt"),
): void {
  const recalculated = recalculate(sheet);
  for (const [address, c] of formulaCells(sheet)) {
    const figure = expectedFigure(data, address, status);
    const context = `${address} ${c.formula}`;
    expect([context, c.value]).toEqual([context, figure]);
    const computed = recalculated.get(address);
    if (typeof figure === "number") {
      expect([context, typeof computed]).toEqual([context, "number"]);
      expect(Math.abs((computed as number) - figure)).toBeLessThan(1e-12);
    } else expect([context, computed]).toEqual([context, figure]);
  }
}
