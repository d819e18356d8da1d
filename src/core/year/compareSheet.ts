/**
 * The comparison on the report sheet: to the right of the report's columns, per measure, "Cùng kỳ"
 * (last year's eligible, done and rate) and "Tăng/giảm" (done and rate, this year minus last), and the
 * comparison sentence after the summary. Last year's eligible and done are values; its rate and both
 * changes are native formulas over the sheet's cells, so the sheet recalculates as the report does.
 * A member absent last year has blank comparison cells. Last year's total is the sum of the rows when
 * every member of last year is a row this year; otherwise it is last year's total as a value (members
 * who left are in it, and the note names them).
 */
import { columnIndex, columnLetter } from "../address";
import type { ReportCell, ReportDocument, ReportSheet, StyleName } from "../report/document";
import { COLUMN_COUNT, columnOf, FIRST_MEMBER_ROW, HEADER_FIRST_ROW, HEADER_LAST_ROW, totalRowNumber } from "../report/layout";
import type { Measure } from "../table/model";
import { MEASURES } from "../table/model";
import type { Lang } from "../../i18n/lang";
import { problem, renderProblem, words } from "../../i18n/problem";
import type { ComparedFigures, Comparison } from "./compare";

/** The comparison columns of one measure, in order. */
const FIELDS = ["previousEligible", "previousDone", "previousRate", "changeDone", "changeRate"] as const;
type Field = (typeof FIELDS)[number];

const PERCENT = "0.00%";
const THOUSANDS = "#,##0";
/** Changes show their sign: +120 / −45, +1,05% / −0,87%. */
const SIGNED_THOUSANDS = "+#,##0;-#,##0;0";
const SIGNED_PERCENT = "+0.00%;-0.00%;0.00%";
const FORMAT: Record<Field, string> = {
  previousEligible: THOUSANDS,
  previousDone: THOUSANDS,
  previousRate: PERCENT,
  changeDone: SIGNED_THOUSANDS,
  changeRate: SIGNED_PERCENT,
};
const WIDTH: Record<Measure, number> = { cases: 11, money: 15 };

/** 0-based column of a comparison field: after the report's columns, cases then money. */
function fieldColumn(measure: Measure, field: Field): number {
  return COLUMN_COUNT + (measure === "cases" ? 0 : FIELDS.length) + FIELDS.indexOf(field);
}
export const comparisonColumn = (measure: Measure, field: Field): string => columnLetter(fieldColumn(measure, field));

/** The five cells of one measure on sheet row r; `figures` null leaves them blank. */
function measureCells(measure: Measure, r: number, figures: ComparedFigures | null, change: ComparedFigures | null): ReportCell[] {
  if (!figures || !change) return FIELDS.map(() => ({ value: null }));
  const at = (field: Field) => `${comparisonColumn(measure, field)}${r}`;
  const now = (field: "eligible" | "done" | "rate") => `${columnOf(measure, field)}${r}`;
  const before = figures[measure];
  const delta = change[measure];
  return [
    { value: before.eligible },
    { value: before.done },
    { value: before.rate ?? "", formula: `=IF(${at("previousEligible")}=0,"",${at("previousDone")}/${at("previousEligible")})` },
    { value: delta.done, formula: `=${now("done")}-${at("previousDone")}` },
    { value: delta.rate ?? "", formula: `=IF(OR(${now("eligible")}=0,${at("previousEligible")}=0),"",${now("rate")}-${at("previousRate")})` },
  ];
}

/** The total row's cells: last year's eligible and done summed over the rows when every member is matched. */
function totalCells(comparison: Comparison, r: number, first: number, last: number): ReportCell[] {
  const cells = MEASURES.flatMap((m) => measureCells(m, r, comparison.total.previous, comparison.total.change));
  if (!comparison.allPreviousMatched || last < first) return cells;
  for (const m of MEASURES) {
    for (const field of ["previousEligible", "previousDone"] as const) {
      const col = comparisonColumn(m, field);
      const cell = cells[fieldColumn(m, field) - COLUMN_COUNT];
      cell.formula = `=SUM(${col}${first}:${col}${last})`;
    }
  }
  return cells;
}

/** Header cells of rows 5 and 6, with their merges. */
function header(sheet: ReportSheet, comparison: Comparison, lang: Lang): string[] {
  const t = words(lang);
  const merges: string[] = [];
  for (const m of MEASURES) {
    const band = t.report.band[m];
    const previous = comparisonColumn(m, "previousEligible");
    const change = comparisonColumn(m, "changeDone");
    sheet.rows[HEADER_FIRST_ROW - 1][fieldColumn(m, "previousEligible")] = { value: `${t.year.previousBand(comparison.previousPeriod.fiscalYear)} · ${band}` };
    sheet.rows[HEADER_FIRST_ROW - 1][fieldColumn(m, "changeDone")] = { value: `${t.year.changeBand} · ${band}` };
    merges.push(`${previous}${HEADER_FIRST_ROW}:${comparisonColumn(m, "previousRate")}${HEADER_FIRST_ROW}`);
    merges.push(`${change}${HEADER_FIRST_ROW}:${comparisonColumn(m, "changeRate")}${HEADER_FIRST_ROW}`);
    // The report's own headings of the measure (its "done" says whether terminated money counts).
    const heading = (field: "eligible" | "done" | "rate") => String(sheet.rows[HEADER_LAST_ROW - 1][columnIndex(columnOf(m, field))].value ?? "");
    const [eligible, done, rate] = [heading("eligible"), heading("done"), heading("rate")];
    const labels: Record<Field, string> = { previousEligible: eligible, previousDone: done, previousRate: rate, changeDone: done, changeRate: rate };
    for (const f of FIELDS) sheet.rows[HEADER_LAST_ROW - 1][fieldColumn(m, f)] = { value: labels[f] };
  }
  return merges;
}

/** The report document with the comparison added to its first sheet and to its summary. */
export function withComparison(doc: ReportDocument, comparison: Comparison, lang: Lang): ReportDocument {
  const source = doc.sheets[0];
  const width = COLUMN_COUNT + 2 * FIELDS.length;
  const sheet: ReportSheet = {
    ...source,
    rows: source.rows.map((row) => [...row, ...new Array<ReportCell>(width - row.length).fill({ value: null }).map(() => ({ value: null }))]),
    numberFormats: [...source.numberFormats],
    styles: [...source.styles],
    merges: [...source.merges],
    columnWidths: [...source.columnWidths],
    rowHeights: [...(source.rowHeights ?? [])],
  };
  const n = doc.data.rows.length;
  const first = FIRST_MEMBER_ROW;
  const last = first + n - 1;
  const total = totalRowNumber(n);
  comparison.rows.forEach((row, i) => {
    const r = first + i;
    const cells = MEASURES.flatMap((m) => measureCells(m, r, row.previous, row.change));
    sheet.rows[r - 1].splice(COLUMN_COUNT, cells.length, ...cells);
  });
  sheet.rows[total - 1].splice(COLUMN_COUNT, 2 * FIELDS.length, ...totalCells(comparison, total, first, last));
  sheet.merges.push(...header(sheet, comparison, lang));

  const firstColumn = columnLetter(COLUMN_COUNT);
  const lastColumn = columnLetter(width - 1);
  const style = (range: string, name: StyleName) => sheet.styles.push({ range, style: name });
  style(`${firstColumn}${HEADER_FIRST_ROW}:${lastColumn}${HEADER_LAST_ROW}`, "header");
  if (n > 0) style(`${firstColumn}${first}:${lastColumn}${last}`, "body");
  style(`${firstColumn}${total}:${lastColumn}${total}`, "total");
  for (const m of MEASURES) {
    for (const f of FIELDS) {
      const col = comparisonColumn(m, f);
      sheet.numberFormats.push({ range: `${col}${first}:${col}${total}`, format: FORMAT[f] });
      sheet.columnWidths.push(f.endsWith("Rate") ? 9 : WIDTH[m]);
    }
  }

  if (comparison.absentThisYear.length > 0) {
    // Under the comparison columns, on the blank row after the total: who left is in last year's total.
    const note = renderProblem(problem("yearAbsentThisYear", { names: comparison.absentThisYear.map((a) => a.name) }), lang);
    sheet.rows[total][COLUMN_COUNT] = { value: note };
    sheet.merges.push(`${firstColumn}${total + 1}:${lastColumn}${total + 1}`);
    style(`${firstColumn}${total + 1}:${lastColumn}${total + 1}`, "note");
  }

  const sentence = words(lang).year.comparisonSentence(comparison.sentence);
  const summary = `${doc.data.summary} ${sentence}`;
  const summaryRow = sheet.rows.findIndex((row) => row[0]?.value === doc.data.summary);
  if (summaryRow >= 0) {
    sheet.rows[summaryRow][0] = { value: summary };
    sheet.rowHeights = sheet.rowHeights?.map((h) => (h.row === summaryRow + 1 ? { ...h, height: 75 } : h));
  }
  return { ...doc, sheets: [sheet, ...doc.sheets.slice(1)], data: { ...doc.data, summary, warnings: [...doc.data.warnings, ...comparison.warnings] } };
}
