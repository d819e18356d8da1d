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
import { columnLetter } from "../text";
import { Measure, MEASURES } from "../table/model";
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
import { Labels } from "./labels";

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
  memberKind: "officer" | "unit";
  monthsRemaining: number;
  countTerminatedMoney: boolean;
  /** lines written in note style under the summary */
  notes: string[];
}

const MONTHS_ABSOLUTE = `$${MONTHS_REMAINING_CELL[0]}$${MONTHS_REMAINING_CELL.slice(1)}`;

/** Formulas of one measure on sheet row r: each reads only the row's own cells and C4. */
function measureFormulas(measure: Measure, r: string, labels: Labels): Partial<Record<MeasureField, string>> {
  const col = COLUMN_LETTERS[measure];
  const eligible = col.eligible + r;
  const done = col.done + r;
  const rate = col.rate + r;
  const target = col.target + r;
  const needed = col.needed + r;
  const months = MONTHS_ABSOLUTE;
  return {
    rate: `=IF(${eligible}=0,"",${done}/${eligible})`,
    gap: `=IF(${eligible}=0,"",${target}-${rate})`,
    // As rates.neededToTarget: a tolerance of 1e-15 of target × eligible absorbs its binary noise
    // (7% × 100 is 7 cases, not 8); MAX before CEILING keeps CEILING's argument non-negative.
    needed: `=CEILING(MAX(0,${target}*${eligible}-${done}-${target}*${eligible}*1E-15),1)`,
    neededPerMonth: `=IF(${months}<=0,${needed},CEILING(${needed}/${months},1))`,
    // Compared to 12 decimals, as rates.meetsTarget ignores noise beyond 12 significant digits.
    status: `=IF(${eligible}=0,"",IF(ROUND(${rate},12)>=ROUND(${target},12),"${labels.met}","${labels.notMet}"))`,
  };
}

function statusText(status: MeasureResult["status"], labels: Labels): CellValue {
  if (status === null) return "";
  return status === "Đạt" ? labels.met : labels.notMet;
}

function fieldValue(result: MeasureResult, field: MeasureField, labels: Labels): CellValue {
  if (field === "status") return statusText(result.status, labels);
  const v = result[field];
  return v === null ? "" : v;
}

/** A cell; the formula key only where there is a formula. */
const cellOf = (value: CellValue, formula: string | undefined): ReportCell => (formula === undefined ? { value } : { value, formula });

const blankRow = (): ReportCell[] => Array.from({ length: COLUMN_COUNT }, () => ({ value: null }));

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
  put(address: string, cell: ReportCell): void {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(`bad address ${address}`);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    this.row(Number(m[2]))[col] = cell;
  }
  text(address: string, value: CellValue): void {
    this.put(address, { value });
  }
}

const LAST = columnLetter(COLUMN_COUNT - 1);
const fullRow = (r: number) => `A${r}:${LAST}${r}`;

export function layoutSheet(input: LayoutInput): ReportSheet {
  const { data, labels } = input;
  const grid = new Grid();
  const styles: { range: string; style: StyleName }[] = [];
  const merges: string[] = [];
  const numberFormats: { range: string; format: string }[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const line = (r: number, text: string, style: StyleName) => {
    grid.text(`A${r}`, text);
    merges.push(fullRow(r));
    styles.push({ range: fullRow(r), style });
  };

  // Title
  line(1, data.office.toLocaleUpperCase("vi"), "title");
  line(2, labels.title, "title");
  line(3, data.period.label, "subtitle");
  grid.text(`${NAME_COLUMN}4`, labels.monthsRemaining);
  grid.text(MONTHS_REMAINING_CELL, input.monthsRemaining);
  styles.push({ range: `${NAME_COLUMN}4:${MONTHS_REMAINING_CELL}`, style: "note" });

  // Two-level header
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
  styles.push({ range: `A${h1}:${LAST}${h2}`, style: "header" });
  rowHeights.push({ row: h2, height: 45 });

  // Members and total
  const n = data.rows.length;
  const first = FIRST_MEMBER_ROW;
  const last = first + n - 1;
  const total = totalRowNumber(n);
  const caseRates = `$${columnOf("cases", "rate")}$${first}:$${columnOf("cases", "rate")}$${last}`;
  /** A member or total row; `index` and `rank` fill the STT and Xếp hạng cells. */
  const tableRow = (r: number, row: ReportRow, index: ReportCell, rank: ReportCell): ReportCell[] => {
    const cells: ReportCell[] = new Array(COLUMN_COUNT);
    cells[0] = index;
    cells[1] = { value: row.name };
    const rs = String(r);
    for (const measure of MEASURES) {
      const formulas = measureFormulas(measure, rs, labels);
      const at = FIRST_MEASURE_COLUMN[measure];
      MEASURE_FIELDS.forEach((field, j) => (cells[at + j] = cellOf(fieldValue(row[measure], field, labels), formulas[field])));
    }
    cells[COLUMN_COUNT - 1] = rank;
    return cells;
  };
  const eligibleCases = columnOf("cases", "eligible");
  const rateCases = columnOf("cases", "rate");
  data.rows.forEach((row, i) => {
    const r = first + i;
    grid.setRow(
      r,
      tableRow(r, row, { value: i + 1 }, {
        value: row.rank ?? null,
        // No rate (eligible 0): ranked after every member that has one, as figures.competitionRanks.
        formula: `=IF(${eligibleCases}${r}=0,COUNT(${caseRates})+1,RANK(${rateCases}${r},${caseRates}))`,
      }),
    );
  });
  const totalCells = tableRow(total, data.total, { value: null }, { value: null });
  grid.setRow(total, totalCells);
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
  }
  if (n > 0) styles.push({ range: `A${first}:${LAST}${last}`, style: "body" });
  styles.push({ range: fullRow(total), style: "total" });
  for (const measure of MEASURES) {
    for (const field of MEASURE_FIELDS) {
      const format = FIELD_FORMAT[field];
      const col = columnOf(measure, field);
      if (format) numberFormats.push({ range: `${col}${first}:${col}${total}`, format });
    }
  }

  // Text under the table
  let r = total + 2;
  line(r, data.summary, "summary");
  rowHeights.push({ row: r, height: 45 });
  r++;
  line(r++, data.belowTarget.length ? labels.belowTarget(data.belowTarget) : labels.allMet, "summary");
  for (const note of input.notes) {
    line(r, note, "note");
    rowHeights.push({ row: r++, height: 30 });
  }

  const charts: ChartSpec[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  if (n > 0) {
    const range = (measure: Measure, field: MeasureField) => `${columnOf(measure, field)}${first}:${columnOf(measure, field)}${last}`;
    const chartTop = r + 1;
    charts.push({
      title: labels.chartTitle,
      kind: "columnClustered",
      categories: `${NAME_COLUMN}${first}:${NAME_COLUMN}${last}`,
      series: [
        { name: labels.series.caseRate, values: range("cases", "rate") },
        { name: labels.series.caseTarget, values: range("cases", "target") },
        { name: labels.series.moneyRate, values: range("money", "rate") },
        { name: labels.series.moneyTarget, values: range("money", "target") },
      ],
      from: `A${chartTop}`,
      to: `${LAST}${chartTop + CHART_ROWS - 1}`,
    });
    const statusCell = (m: Measure) => `$${columnOf(m, "status")}${first}`;
    conditionalFormats.push({
      range: `A${first}:${LAST}${last}`,
      formula: `=OR(${statusCell("cases")}="${labels.notMet}",${statusCell("money")}="${labels.notMet}")`,
    });
  }

  const columnWidths = [5, 28];
  for (const measure of MEASURES) for (const field of MEASURE_FIELDS) columnWidths.push(FIELD_WIDTH[measure][field]);
  columnWidths.push(8);

  return {
    name: input.sheetName,
    rows: grid.rows,
    numberFormats,
    styles,
    merges,
    columnWidths,
    conditionalFormats,
    charts,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: h1, last: h2 } },
    frozenRows: h2,
    rowHeights,
  };
}
