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
import { LABELS } from "../report/labels";
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
  const { series } = LABELS[lang];
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

/** The Diễn biến sheet of a trend. */
export function trendSheet(trend: Trend, lang: Lang, office: string, existingSheetNames: string[] = []): ReportSheet {
  const t = words(lang).year;
  const labels = LABELS[lang];
  const rows: ReportCell[][] = [];
  const styles: { range: string; style: StyleName }[] = [];
  const merges: string[] = [];
  const set = (r: number, cells: ReportCell[]) => {
    while (rows.length < r) rows.push(blank());
    rows[r - 1] = cells;
  };
  const line = (r: number, text: string, style: StyleName) => {
    const cells = blank();
    cells[0] = { value: text };
    set(r, cells);
    merges.push(`A${r}:${LAST}${r}`);
    styles.push({ range: `A${r}:${LAST}${r}`, style });
  };
  line(1, office.toLocaleUpperCase("vi"), "title");
  line(2, t.trendTitle(trend.fiscalYear), "title");
  line(3, t.trendSubtitle, "subtitle");

  const band = blank();
  const heads = blank();
  band[0] = { value: t.month };
  merges.push("A5:A6");
  for (const m of MEASURES) {
    band[1 + (m === "cases" ? 0 : FIELDS.length)] = { value: labels.band[m] };
    merges.push(`${col(m, "eligible")}5:${col(m, "target")}5`);
    FIELDS.forEach((f, j) => (heads[1 + (m === "cases" ? 0 : FIELDS.length) + j] = { value: labels[f] }));
  }
  set(5, band);
  set(6, heads);
  styles.push({ range: `A5:${LAST}6`, style: "header" });

  const n = trend.months.length;
  const last = FIRST_ROW + n - 1;
  trend.months.forEach((mo, i) => {
    const r = FIRST_ROW + i;
    const cells = blank();
    cells[0] = { value: t.monthName(mo.period.end.month, mo.period.end.year) };
    for (const m of MEASURES) {
      const x = mo.total[m];
      const at = 1 + (m === "cases" ? 0 : FIELDS.length);
      cells[at] = { value: x.eligible };
      cells[at + 1] = { value: x.done };
      cells[at + 2] = { value: x.rate ?? "", formula: rateFormula(m, r) };
      cells[at + 3] = { value: trend.targets[m] };
    }
    set(r, cells);
  });
  if (n > 0) styles.push({ range: `A${FIRST_ROW}:${LAST}${last}`, style: "body" });

  let r = last + 1;
  const p = trend.projection;
  if (p) {
    const rowOfMonth = (months: number) => FIRST_ROW + trend.months.findIndex((mo) => mo.months === months);
    const projected = blank();
    const needed = blank();
    projected[0] = { value: t.projected(p.end.end) };
    needed[0] = { value: t.neededPerMonthRow(12 - p.to) };
    for (const m of MEASURES) {
      const at = 1 + (m === "cases" ? 0 : FIELDS.length);
      projected.splice(at, FIELDS.length, ...projectedCells(p, m, r, rowOfMonth, trend.targets[m]));
      needed[at + 1] = neededCell(p, m, r, last);
    }
    set(r, projected);
    set(r + 1, needed);
    styles.push({ range: `A${r}:${LAST}${r + 1}`, style: "total" });
    r += 2;
  }
  const numberFormats = MEASURES.flatMap((m) => FIELDS.map((f) => ({ range: `${col(m, f)}${FIRST_ROW}:${col(m, f)}${Math.max(r - 1, FIRST_ROW)}`, format: FORMAT[f] })));
  r++;
  line(r, projectionSentence(trend, lang), "summary");
  const rowHeights = [{ row: 6, height: 30 }, { row: r, height: 45 }];
  for (const w of trend.warnings.filter((i) => i.problem?.code.startsWith("year"))) line(++r, issueText(w, lang), "note");

  const charts: ChartSpec[] = [];
  if (n > 0) {
    const months = { first: FIRST_ROW, last };
    charts.push(lineChart(t.caseChartTitle, "cases", lang, months, r + 1));
    charts.push(lineChart(t.moneyChartTitle, "money", lang, months, r + 1));
  }
  while (rows.length < r) rows.push(blank());
  return {
    name: uniqueSheetName(t.trendSheetName(trend.fiscalYear), existingSheetNames),
    rows,
    numberFormats,
    styles,
    merges,
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
