/**
 * The report sheet's grid. Inputs (eligible, done, target) are values; everything computed is a native
 * Excel formula over the sheet's own cells, carrying the value figures.ts computed as its cached result,
 * so the sheet recalculates identically for a recipient without the add-in. Formulas use only functions
 * Excel and LibreOffice share: IF, MAX, SUM, ROUND, CEILING(x,1), RANK, COUNT, OR.
 *
 *   row 1  office name (upper case)            row 5  STT | name | Về việc (C:J) | Về tiền (K:R) | Xếp hạng
 *   row 2  BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ   row 6  per measure: eligible, done, rate, target, gap,
 *   row 3  period label                                needed, needed per month, status
 *   row 4  months remaining (value in C4)      row 7… one row per member, then "Tổng cộng"
 * then a blank row, the summary sentence, the below-target line, notes, a blank row and the chart.
 */
import { columnLetter } from "../address";
import { Measure, MEASURES, MemberKind } from "../table/model";
import type { Catalogue } from "../../i18n/vi";
import type {
  CellValue,
  ChartSpec,
  ConditionalFormat,
  MeasureResult,
  ReportCell,
  ReportData,
  ReportRow,
  ReportSheet,
  StyleName,
} from "./document";
import { atRow, ROW, rowFormula, type RowFormula } from "./rowFormula";

/** The words of the report sheet in one language (src/i18n/<lang>/report.ts). */
export type ReportWords = Catalogue["words"]["report"];
type Labels = ReportWords;

/** The columns of one measure, in order. */
export const MEASURE_FIELDS = [
  "eligible",
  "done",
  "rate",
  "target",
  "gap",
  "needed",
  "neededPerMonth",
  "status",
] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number];

export const INDEX_COLUMN = "A";
export const NAME_COLUMN = "B";
export const RANK_COLUMN = "S";
export const COLUMN_COUNT = 19;
/** The cell holding the months remaining in the statistical year, referenced by the per-month formulas */
export const MONTHS_REMAINING_CELL = "C4";
export const HEADER_FIRST_ROW = 5;
export const HEADER_LAST_ROW = 6;
export const FIRST_MEMBER_ROW = 7;
/** Rows reserved for the chart under the text lines */
export const CHART_ROWS = 20;
/** Width of the name column, in characters */
const NAME_WIDTH = { min: 28, max: 45 };

const FIRST_MEASURE_COLUMN: Record<Measure, number> = { cases: 2, money: 2 + MEASURE_FIELDS.length };
// Worked out once: every member row's formulas name these columns.
const COLUMN_LETTERS = Object.fromEntries(
  MEASURES.map((m) => [m, Object.fromEntries(MEASURE_FIELDS.map((f, j) => [f, columnLetter(FIRST_MEASURE_COLUMN[m] + j)]))]),
) as Record<Measure, Record<MeasureField, string>>;

/** Column letter of a measure's field: columnOf("cases", "rate") = "E", columnOf("money", "rate") = "M". */
export function columnOf(measure: Measure, field: MeasureField): string {
  return COLUMN_LETTERS[measure][field];
}

/** 1-based sheet row of the total, given the number of members */
export function totalRowNumber(memberCount: number): number {
  return FIRST_MEMBER_ROW + memberCount;
}

const PERCENT = "0.00%";
const THOUSANDS = "#,##0";
const FIELD_FORMAT: Record<MeasureField, string | undefined> = {
  eligible: THOUSANDS,
  done: THOUSANDS,
  rate: PERCENT,
  target: PERCENT,
  gap: PERCENT,
  needed: THOUSANDS,
  neededPerMonth: THOUSANDS,
  status: undefined,
};
const FIELD_WIDTH: Record<Measure, Record<MeasureField, number>> = {
  cases: { eligible: 11, done: 11, rate: 9, target: 9, gap: 11, needed: 9, neededPerMonth: 11, status: 10 },
  money: { eligible: 15, done: 15, rate: 9, target: 9, gap: 11, needed: 14, neededPerMonth: 14, status: 10 },
};

export interface LayoutInput {
  data: ReportData;
  sheetName: string;
  labels: Labels;
  memberKind: MemberKind;
  monthsRemaining: number;
  countTerminatedMoney: boolean;
  /** lines written in note style under the summary */
  notes: string[];
}

const MONTHS_ABSOLUTE = `$${MONTHS_REMAINING_CELL[0]}$${MONTHS_REMAINING_CELL.slice(1)}`;

/** Formulas of one measure, by field (undefined for the values): each reads only the row's own cells and C4. */
function measureFormulas(measure: Measure, labels: Labels): readonly (RowFormula | undefined)[] {
  const col = COLUMN_LETTERS[measure];
  const [eligible, done, rate, target, needed] = [col.eligible, col.done, col.rate, col.target, col.needed].map((c) => c + ROW);
  const months = MONTHS_ABSOLUTE;
  const formulas: Partial<Record<MeasureField, string>> = {
    rate: `=IF(${eligible}=0,"",${done}/${eligible})`,
    gap: `=IF(${eligible}=0,"",${target}-${rate})`,
    // As rates.neededToTarget: a tolerance of 1e-15 of target × eligible absorbs its binary noise
    // (7% × 100 is 7 cases, not 8); MAX before CEILING keeps CEILING's argument non-negative.
    needed: `=CEILING(MAX(0,${target}*${eligible}-${done}-${target}*${eligible}*1E-15),1)`,
    neededPerMonth: `=IF(${months}<=0,${needed},CEILING(${needed}/${months},1))`,
    // Compared to 12 decimals, as rates.meetsTarget ignores noise beyond 12 significant digits.
    status: `=IF(${eligible}=0,"",IF(ROUND(${rate},12)>=ROUND(${target},12),"${labels.met}","${labels.notMet}"))`,
  };
  return MEASURE_FIELDS.map((field) => {
    const formula = formulas[field];
    return formula === undefined ? undefined : rowFormula(formula);
  });
}

/** The formulas of both measures in one language, cut once. */
const cutFormulas = new WeakMap<Labels, Record<Measure, readonly (RowFormula | undefined)[]>>();
function formulasOf(labels: Labels): Record<Measure, readonly (RowFormula | undefined)[]> {
  let formulas = cutFormulas.get(labels);
  if (!formulas) {
    formulas = { cases: measureFormulas("cases", labels), money: measureFormulas("money", labels) };
    cutFormulas.set(labels, formulas);
  }
  return formulas;
}

function statusText(met: MeasureResult["met"], labels: Labels): CellValue {
  if (met === null) return "";
  return met ? labels.met : labels.notMet;
}

/** The value of each field's cell (a blank for a missing rate), read by name: rows are many. */
const FIELD_VALUES: Record<MeasureField, (result: MeasureResult, labels: Labels) => CellValue> = {
  eligible: (r) => r.eligible,
  done: (r) => r.done,
  rate: (r) => r.rate ?? "",
  target: (r) => r.target,
  gap: (r) => r.gap ?? "",
  needed: (r) => r.needed,
  neededPerMonth: (r) => r.neededPerMonth,
  status: (r, labels) => statusText(r.met, labels),
};
const VALUE_OF = MEASURE_FIELDS.map((field) => FIELD_VALUES[field]);

function blankRow(): ReportCell[] {
  const cells: ReportCell[] = new Array(COLUMN_COUNT);
  for (let c = 0; c < COLUMN_COUNT; c++) cells[c] = { value: null };
  return cells;
}

/** The dense grid from A1: rows are added as cells are written, blank cells filled in. */
class Grid {
  readonly rows: ReportCell[][] = [];
  /** Sheet row r (1-based), with blank rows added above it as needed. */
  row(r: number): ReportCell[] {
    while (this.rows.length < r) this.rows.push(blankRow());
    return this.rows[r - 1];
  }
  /** Sets sheet row r to a whole row of cells. */
  setRow(r: number, cells: ReportCell[]): void {
    while (this.rows.length < r - 1) this.rows.push(blankRow());
    this.rows[r - 1] = cells;
  }
  /** Writes a value at an A1 address ("B4"). */
  text(address: string, value: CellValue): void {
    let col = 0;
    let i = 0;
    for (let code = address.charCodeAt(0); code >= 65 && code <= 90; code = address.charCodeAt(++i)) col = col * 26 + code - 64;
    const row = Number(address.slice(i));
    if (i === 0 || !Number.isInteger(row) || row < 1) throw new Error(`bad address ${address}`);
    this.row(row)[col - 1] = { value };
  }
}

const LAST = columnLetter(COLUMN_COUNT - 1);
const fullRow = (r: number) => `A${r}:${LAST}${r}`;

/** What the parts of a sheet write besides its cells: styles, merges, formats and row heights. */
class Sheet {
  readonly grid = new Grid();
  readonly styles: { range: string; style: StyleName }[] = [];
  readonly merges: string[] = [];
  readonly numberFormats: { range: string; format: string }[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  /** A line of text across the whole row. */
  line(r: number, text: string, style: StyleName): void {
    this.grid.text(`A${r}`, text);
    this.merges.push(fullRow(r));
    this.styles.push({ range: fullRow(r), style });
  }
}

/** Rows 1–4: the office, the title, the period and the months remaining (C4, read by the formulas). */
function writeTitle(sheet: Sheet, input: LayoutInput): void {
  const { data, labels } = input;
  sheet.line(1, data.office.toLocaleUpperCase("vi"), "title");
  sheet.line(2, labels.title, "title");
  sheet.line(3, data.period.label, "subtitle");
  sheet.grid.text(`${NAME_COLUMN}4`, labels.monthsRemaining);
  sheet.grid.text(MONTHS_REMAINING_CELL, input.monthsRemaining);
  sheet.styles.push({ range: `${NAME_COLUMN}4:${MONTHS_REMAINING_CELL}`, style: "note" });
}

/** Rows 5–6: STT, name and rank merged down; a band per measure over its fields. */
function writeHeader(sheet: Sheet, input: LayoutInput): void {
  const { labels } = input;
  const { grid, merges } = sheet;
  const h1 = HEADER_FIRST_ROW;
  const h2 = HEADER_LAST_ROW;
  grid.text(`${INDEX_COLUMN}${h1}`, labels.index);
  grid.text(`${NAME_COLUMN}${h1}`, labels.member[input.memberKind]);
  grid.text(`${RANK_COLUMN}${h1}`, labels.rank);
  for (const col of [INDEX_COLUMN, NAME_COLUMN, RANK_COLUMN]) merges.push(`${col}${h1}:${col}${h2}`);
  const fieldLabels = (measure: Measure): Record<MeasureField, string> => ({
    eligible: labels.eligible,
    done: measure === "money" && !input.countTerminatedMoney ? labels.completedOnly : labels.done,
    rate: labels.rate,
    target: labels.target,
    gap: labels.gap,
    needed: labels.needed,
    neededPerMonth: labels.neededPerMonth,
    status: labels.status,
  });
  for (const measure of MEASURES) {
    const first = columnOf(measure, "eligible");
    grid.text(`${first}${h1}`, labels.band[measure]);
    merges.push(`${first}${h1}:${columnOf(measure, "status")}${h1}`);
    const names = fieldLabels(measure);
    for (const field of MEASURE_FIELDS) grid.text(`${columnOf(measure, field)}${h2}`, names[field]);
  }
  sheet.styles.push({ range: `A${h1}:${LAST}${h2}`, style: "header" });
  sheet.rowHeights.push({ row: h2, height: 45 });
}

/** A member or total row on sheet row r; `index` and `rank` fill the STT and Xếp hạng cells. */
function tableRow(r: number, row: ReportRow, index: ReportCell, rank: ReportCell, labels: Labels): ReportCell[] {
  const formulas = formulasOf(labels);
  const cells: ReportCell[] = new Array(COLUMN_COUNT);
  cells[0] = index;
  cells[1] = { value: row.name };
  const rs = String(r);
  for (const measure of MEASURES) {
    const result = row[measure];
    const pieces = formulas[measure];
    const at = FIRST_MEASURE_COLUMN[measure];
    for (let j = 0; j < MEASURE_FIELDS.length; j++) {
      const value = VALUE_OF[j](result, labels);
      const formula = pieces[j];
      cells[at + j] = formula === undefined ? { value } : { value, formula: atRow(formula, rs) };
    }
  }
  cells[COLUMN_COUNT - 1] = rank;
  return cells;
}

/** Rows 7…: one per member, ranked by the sheet's own RANK(), then the total summing them. */
function writeMembersAndTotal(sheet: Sheet, input: LayoutInput): void {
  const { data, labels } = input;
  const n = data.rows.length;
  const first = FIRST_MEMBER_ROW;
  const last = first + n - 1;
  const total = totalRowNumber(n);
  // No rate (eligible 0): ranked after every member that has one, as figures.competitionRanks.
  const caseRates = `$${columnOf("cases", "rate")}$${first}:$${columnOf("cases", "rate")}$${last}`;
  const rankFormula = rowFormula(
    `=IF(${columnOf("cases", "eligible")}${ROW}=0,COUNT(${caseRates})+1,RANK(${columnOf("cases", "rate")}${ROW},${caseRates}))`,
  );
  data.rows.forEach((row, i) => {
    const r = first + i;
    sheet.grid.setRow(r, tableRow(r, row, { value: i + 1 }, { value: row.rank ?? null, formula: atRow(rankFormula, String(r)) }, labels));
  });
  const totalCells = tableRow(total, data.total, { value: null }, { value: null }, labels);
  sheet.grid.setRow(total, totalCells);
  // With no member there is nothing to sum: the values 0 stand alone.
  if (n > 0) {
    for (const measure of MEASURES) {
      for (const field of ["eligible", "done"] as const) {
        const col = columnOf(measure, field);
        totalCells[FIRST_MEASURE_COLUMN[measure] + MEASURE_FIELDS.indexOf(field)] = {
          value: data.total[measure][field],
          formula: `=SUM(${col}${first}:${col}${last})`,
        };
      }
    }
    sheet.styles.push({ range: `A${first}:${LAST}${last}`, style: "body" });
  }
  sheet.styles.push({ range: fullRow(total), style: "total" });
  for (const measure of MEASURES) {
    for (const field of MEASURE_FIELDS) {
      const format = FIELD_FORMAT[field];
      const col = columnOf(measure, field);
      if (format) sheet.numberFormats.push({ range: `${col}${first}:${col}${total}`, format });
    }
  }
}

/** Under the table: the summary sentence, the below-target line and the notes; returns the next free row. */
function writeText(sheet: Sheet, input: LayoutInput): number {
  const { data, labels } = input;
  let r = totalRowNumber(data.rows.length) + 2;
  sheet.line(r, data.summary, "summary");
  sheet.rowHeights.push({ row: r, height: 45 });
  r++;
  sheet.line(r++, data.belowTarget.length ? labels.belowTarget(data.belowTarget) : labels.allMet, "summary");
  for (const note of input.notes) {
    sheet.line(r, note, "note");
    sheet.rowHeights.push({ row: r++, height: 30 });
  }
  return r;
}

/** The chart of rates against targets from row `top`, and the highlight of members below target. */
function chartAndHighlight(input: LayoutInput, top: number): { charts: ChartSpec[]; conditionalFormats: ConditionalFormat[] } {
  const { data, labels } = input;
  const n = data.rows.length;
  if (n === 0) return { charts: [], conditionalFormats: [] };
  const first = FIRST_MEMBER_ROW;
  const last = first + n - 1;
  const range = (measure: Measure, field: MeasureField) => `${columnOf(measure, field)}${first}:${columnOf(measure, field)}${last}`;
  const chart: ChartSpec = {
    title: labels.chartTitle,
    kind: "columnClustered",
    categories: `${NAME_COLUMN}${first}:${NAME_COLUMN}${last}`,
    series: [
      { name: labels.series.caseRate, values: range("cases", "rate") },
      { name: labels.series.caseTarget, values: range("cases", "target") },
      { name: labels.series.moneyRate, values: range("money", "rate") },
      { name: labels.series.moneyTarget, values: range("money", "target") },
    ],
    from: `A${top}`,
    to: `${LAST}${top + CHART_ROWS - 1}`,
  };
  const statusCell = (m: Measure) => `$${columnOf(m, "status")}${first}`;
  const highlight: ConditionalFormat = {
    range: `A${first}:${LAST}${last}`,
    formula: `=OR(${statusCell("cases")}="${labels.notMet}",${statusCell("money")}="${labels.notMet}")`,
  };
  return { charts: [chart], conditionalFormats: [highlight] };
}

/** The name column fits the longest name (unit names run long: "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 12"), within reason. */
function columnWidths(data: ReportData): number[] {
  let longestName = 0;
  for (const row of data.rows) longestName = Math.max(longestName, row.name.length);
  const widths = [5, Math.min(NAME_WIDTH.max, Math.max(NAME_WIDTH.min, longestName + 2))];
  for (const measure of MEASURES) for (const field of MEASURE_FIELDS) widths.push(FIELD_WIDTH[measure][field]);
  widths.push(8);
  return widths;
}

export function layoutSheet(input: LayoutInput): ReportSheet {
  const sheet = new Sheet();
  writeTitle(sheet, input);
  writeHeader(sheet, input);
  writeMembersAndTotal(sheet, input);
  const next = writeText(sheet, input);
  const { charts, conditionalFormats } = chartAndHighlight(input, next + 1);
  return {
    name: input.sheetName,
    rows: sheet.grid.rows,
    numberFormats: sheet.numberFormats,
    styles: sheet.styles,
    merges: sheet.merges,
    columnWidths: columnWidths(input.data),
    conditionalFormats,
    charts,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: HEADER_FIRST_ROW, last: HEADER_LAST_ROW } },
    frozenRows: HEADER_LAST_ROW,
    rowHeights: sheet.rowHeights,
  };
}
