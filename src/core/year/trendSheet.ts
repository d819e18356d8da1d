/**
 * The "Diễn biến" sheet: the month table (eligible and done as values, rates as native formulas), the
 * projection to 30 September as native formulas of the rule (trend.ts), the pace needed, the sentence,
 * and a line chart of the rate by month against the target, for cases and for money.
 *
 *   rows 1–3  office, title, subtitle          row 5–6  Tháng | Về việc (B:E) | Về tiền (F:I)
 *   row 7…    one row per month present        then     Ước đến 30/09/…, Cần thêm mỗi tháng, the sentence
 */
import { columnLetter } from "../address";
import type { ChartSpec, ReportCell, ReportDocument, ReportSheet, StyleName } from "../report/document";
import { uniqueSheetName } from "../report/sheetName";
import type { Measure } from "../table/model";
import { MEASURES } from "../table/model";
import type { Lang } from "../../i18n/lang";
import { issueText, words } from "../../i18n/problem";
import type { Projection, Trend } from "./trend";

const FIELDS = ["eligible", "done", "rate", "target"] as const;
type Field = (typeof FIELDS)[number];
const WIDTH = 1 + 2 * FIELDS.length;
const LAST = columnLetter(WIDTH - 1);
const FIRST_ROW = 7;
const CHART_ROWS = 13;
const FORMAT: Record<Field, string> = { eligible: "#,##0", done: "#,##0", rate: "0.00%", target: "0.00%" };

const col = (m: Measure, f: Field) => columnLetter(1 + (m === "cases" ? 0 : FIELDS.length) + FIELDS.indexOf(f));
const blank = (): ReportCell[] => Array.from({ length: WIDTH }, () => ({ value: null }));
const rateFormula = (m: Measure, r: number) => `=IF(${col(m, "eligible")}${r}=0,"",${col(m, "done")}${r}/${col(m, "eligible")}${r})`;

/** The projection row's cells of one measure: X₁₂ = X_to + (X_to − X_from) ÷ (to − from) × (12 − to). */
function projectedCells(p: Projection, m: Measure, r: number, rowOfMonth: (months: number) => number, target: number): ReportCell[] {
  const span = p.to - p.from;
  const remaining = 12 - p.to;
  const at = (f: "eligible" | "done") => {
    const c = col(m, f);
    const [last, base] = [rowOfMonth(p.to), rowOfMonth(p.from)];
    return { value: p[m][f], formula: `=${c}${last}+(${c}${last}-${c}${base})/${span}*${remaining}` };
  };
  return [at("eligible"), at("done"), { value: p[m].rate ?? "", formula: rateFormula(m, r) }, { value: target }];
}

/** The pace needed on row r + 1 (below the projection row r), as the report's "needed" formulas. */
function neededCell(p: Projection, m: Measure, r: number, lastMonthRow: number): ReportCell {
  const [e, d, t] = [`${col(m, "eligible")}${r}`, `${col(m, "done")}${lastMonthRow}`, `${col(m, "target")}${r}`];
  const needed = `CEILING(MAX(0,${t}*${e}-${d}-${t}*${e}*1E-15),1)`;
  const remaining = 12 - p.to;
  return { value: p[m].neededPerMonth, formula: remaining <= 0 ? `=${needed}` : `=CEILING(${needed}/${remaining},1)` };
}

/** The projection sentence of the sheet, for the command to print too. */
export function projectionSentence(trend: Trend, lang: Lang): string {
  const t = words(lang).year;
  const p = trend.projection;
  if (!p) return t.noProjection;
  const from = trend.months.find((mo) => mo.months === p.from)!.period.end;
  const measure = (m: Measure) => ({ rate: p[m].rate, target: trend.targets[m], neededPerMonth: p[m].neededPerMonth });
  return t.projectionSentence({ basis: p.basis, from, end: p.end.end, remaining: 12 - p.to, cases: measure("cases"), money: measure("money") });
}

/** The cases chart over A:D, the money chart beside it over E:I: both on the page of the table. */
const CHART_COLUMNS: Record<Measure, [string, string]> = { cases: ["A", "D"], money: ["E", LAST] };

function lineChart(title: string, m: Measure, lang: Lang, rows: { first: number; last: number }, top: number): ChartSpec {
  const { series } = words(lang).report;
  const range = (f: Field) => `${col(m, f)}${rows.first}:${col(m, f)}${rows.last}`;
  return {
    title,
    kind: "line",
    categories: `A${rows.first}:A${rows.last}`,
    series: [
      { name: m === "cases" ? series.caseRate : series.moneyRate, values: range("rate") },
      { name: m === "cases" ? series.caseTarget : series.moneyTarget, values: range("target") },
    ],
    from: `${CHART_COLUMNS[m][0]}${top}`,
    to: `${CHART_COLUMNS[m][1]}${top + CHART_ROWS - 1}`,
  };
}

/** The sheet's cells, styles and merges as they are written, row by row. */
class Sheet {
  readonly rows: ReportCell[][] = [];
  readonly styles: { range: string; style: StyleName }[] = [];
  readonly merges: string[] = [];
  set(r: number, cells: ReportCell[]): void {
    while (this.rows.length < r) this.rows.push(blank());
    this.rows[r - 1] = cells;
  }
  /** A line of text across the sheet. */
  line(r: number, text: string, style: StyleName): void {
    const cells = blank();
    cells[0] = { value: text };
    this.set(r, cells);
    this.merges.push(`A${r}:${LAST}${r}`);
    this.styles.push({ range: `A${r}:${LAST}${r}`, style });
  }
}

const firstColumnOf = (m: Measure) => 1 + (m === "cases" ? 0 : FIELDS.length);

/** Rows 5–6: "Tháng", then per measure its band over eligible, done, rate, target. */
function writeHeader(sheet: Sheet, lang: Lang): void {
  const labels = words(lang).report;
  const band = blank();
  const heads = blank();
  band[0] = { value: words(lang).year.month };
  sheet.merges.push("A5:A6");
  for (const m of MEASURES) {
    band[firstColumnOf(m)] = { value: labels.band[m] };
    sheet.merges.push(`${col(m, "eligible")}5:${col(m, "target")}5`);
    FIELDS.forEach((f, j) => (heads[firstColumnOf(m) + j] = { value: labels[f] }));
  }
  sheet.set(5, band);
  sheet.set(6, heads);
  sheet.styles.push({ range: `A5:${LAST}6`, style: "header" });
}

/** One row per month from row 7; the last month's row. */
function writeMonths(sheet: Sheet, trend: Trend, lang: Lang): number {
  const t = words(lang).year;
  trend.months.forEach((mo, i) => {
    const r = FIRST_ROW + i;
    const cells = blank();
    cells[0] = { value: t.monthName(mo.period.end.month, mo.period.end.year) };
    for (const m of MEASURES) {
      const x = mo.total[m];
      const at = firstColumnOf(m);
      cells[at] = { value: x.eligible };
      cells[at + 1] = { value: x.done };
      cells[at + 2] = { value: x.rate ?? "", formula: rateFormula(m, r) };
      cells[at + 3] = { value: trend.targets[m] };
    }
    sheet.set(r, cells);
  });
  const last = FIRST_ROW + trend.months.length - 1;
  if (trend.months.length > 0) sheet.styles.push({ range: `A${FIRST_ROW}:${LAST}${last}`, style: "body" });
  return last;
}

/** The projection and the pace needed on rows r and r + 1; the row after them. */
function writeProjection(sheet: Sheet, trend: Trend, p: Projection, lang: Lang, r: number): number {
  const t = words(lang).year;
  const last = FIRST_ROW + trend.months.length - 1;
  const rowOfMonth = (months: number) => FIRST_ROW + trend.months.findIndex((mo) => mo.months === months);
  const projected = blank();
  const needed = blank();
  projected[0] = { value: t.projected(p.end.end) };
  needed[0] = { value: t.neededPerMonthRow(12 - p.to) };
  for (const m of MEASURES) {
    const at = firstColumnOf(m);
    projected.splice(at, FIELDS.length, ...projectedCells(p, m, r, rowOfMonth, trend.targets[m]));
    needed[at + 1] = neededCell(p, m, r, last);
  }
  sheet.set(r, projected);
  sheet.set(r + 1, needed);
  sheet.styles.push({ range: `A${r}:${LAST}${r + 1}`, style: "total" });
  return r + 2;
}

/** The Diễn biến sheet of a trend. */
export function trendSheet(trend: Trend, lang: Lang, office: string, existingSheetNames: string[] = []): ReportSheet {
  const t = words(lang).year;
  const sheet = new Sheet();
  sheet.line(1, office.toLocaleUpperCase("vi"), "title");
  sheet.line(2, t.trendTitle(trend.fiscalYear), "title");
  sheet.line(3, t.trendSubtitle, "subtitle");
  writeHeader(sheet, lang);
  const last = writeMonths(sheet, trend, lang);
  let r = trend.projection ? writeProjection(sheet, trend, trend.projection, lang, last + 1) : last + 1;
  const numberFormats = MEASURES.flatMap((m) => FIELDS.map((f) => ({ range: `${col(m, f)}${FIRST_ROW}:${col(m, f)}${Math.max(r - 1, FIRST_ROW)}`, format: FORMAT[f] })));
  r++;
  sheet.line(r, projectionSentence(trend, lang), "summary");
  const rowHeights = [{ row: 6, height: 30 }, { row: r, height: 45 }];
  // The trend's own notes (months left out or missing); the tables' warnings are the command's to list.
  for (const w of trend.warnings.filter((i) => i.problem?.code.startsWith("year"))) sheet.line(++r, issueText(w, lang), "note");

  const charts: ChartSpec[] = [];
  if (trend.months.length > 0) {
    const months = { first: FIRST_ROW, last };
    charts.push(lineChart(t.caseChartTitle, "cases", lang, months, r + 1), lineChart(t.moneyChartTitle, "money", lang, months, r + 1));
  }
  return {
    name: uniqueSheetName(t.trendSheetName(trend.fiscalYear), existingSheetNames),
    rows: sheet.rows,
    numberFormats,
    styles: sheet.styles,
    merges: sheet.merges,
    columnWidths: [32, 12, 12, 9, 9, 16, 16, 9, 9],
    conditionalFormats: [],
    charts,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: 5, last: 6 } },
    frozenRows: 6,
    rowHeights,
  };
}

/** The trend as a document for the writers: the Diễn biến sheet; data is the last month's report figures. */
export function trendDocument(trend: Trend, lang: Lang, office: string, existingSheetNames: string[] = []): ReportDocument | undefined {
  const last = trend.months[trend.months.length - 1];
  if (!last) return undefined;
  return { sheets: [trendSheet(trend, lang, office, existingSheetNames)], data: last.data };
}
