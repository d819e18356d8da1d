/**
 * The "Biểu thống kê" sheet of a report made from a register: the full statistics table as offices
 * fill forms 04/05. One row per officer (or unit) and a total; every category of DOMAIN.md by cases
 * (C:P) and by money (Q:AD) under a two-level header and a row of column numbers (1), (2) …; the
 * identities written as native formulas carrying the core's figures as cached values:
 *   accepted = carried over + new; must enforce = accepted − delegated − revoked;
 *   backlog (chuyển kỳ sau) = must enforce − completed − terminated; the total row sums the members.
 *
 *   row 1 office · row 2 title · row 3 period · row 4 units
 *   row 5 STT | name | Về việc | Về tiền    row 6 the categories    row 7 (1) (2) …
 *   row 8… one row per member, then "Tổng cộng"
 */
import { words } from "../../i18n/problem";
import { columnLetter } from "../address";
import { MEASURES, type Measure, type MemberKind } from "../table/model";
import type { Lang } from "../../i18n/lang";
import type { ReportCell, ReportSheet, StyleName } from "./document";
import type { ReportWords } from "./layout";
import { atRow, ROW, rowFormula } from "./rowFormula";
import { TABLE_CATEGORIES, type TableCategory, type TableFigures, type TableRow } from "./statTable";

export const STAT_HEADER_FIRST_ROW = 5;
export const STAT_NUMBERS_ROW = 7;
export const STAT_FIRST_MEMBER_ROW = 8;
const N = TABLE_CATEGORIES.length;
const COLUMNS = 2 + 2 * N;

/** Column letter of a category of a measure: statColumn("cases", "carriedOver") = "C", statColumn("money", "carriedOver") = "Q". */
export function statColumn(measure: Measure, category: TableCategory): string {
  return columnLetter(2 + (measure === "cases" ? 0 : N) + TABLE_CATEGORIES.indexOf(category));
}

/** The identities: each derived category as a formula over the row's own cells (r: the row, or ROW). */
function identity(measure: Measure, category: TableCategory, r: string): string | undefined {
  const c = (k: TableCategory) => `${statColumn(measure, k)}${r}`;
  if (category === "accepted") return `=${c("carriedOver")}+${c("newlyAccepted")}`;
  if (category === "mustEnforce") return `=${c("accepted")}-${c("delegatedOut")}-${c("revoked")}`;
  if (category === "backlog") return `=${c("mustEnforce")}-${c("completed")}-${c("terminated")}`;
  return undefined;
}

/** The figure columns in order, each with what every row repeats, worked out once. */
const FIGURE_COLUMNS = MEASURES.flatMap((measure) =>
  TABLE_CATEGORIES.map((category) => {
    const formula = identity(measure, category, ROW);
    return { measure, category, letter: statColumn(measure, category), identity: formula === undefined ? undefined : rowFormula(formula) };
  }),
);

export interface StatTableInput {
  rows: TableRow[];
  total: TableFigures;
  sheetName: string;
  office: string;
  periodLabel: string;
  memberKind: MemberKind;
  labels: ReportWords;
  lang: Lang;
}

const blank = (): ReportCell => ({ value: null });
const text = (value: string): ReportCell => ({ value });

/** One data row: values, identities as formulas; the total's inputs are sums of the member rows. */
function dataRow(r: number, index: ReportCell, name: string, figures: TableFigures, sumOf?: { first: number; last: number }): ReportCell[] {
  const cells: ReportCell[] = new Array(COLUMNS);
  cells[0] = index;
  cells[1] = text(name);
  const row = String(r);
  for (let j = 0; j < FIGURE_COLUMNS.length; j++) {
    const { measure, category, letter, identity: formula } = FIGURE_COLUMNS[j];
    const value = figures[measure][category] ?? null;
    if (formula) cells[j + 2] = { value, formula: atRow(formula, row) };
    else if (sumOf) cells[j + 2] = { value, formula: `=SUM(${letter}${sumOf.first}:${letter}${sumOf.last})` };
    else cells[j + 2] = { value };
  }
  return cells;
}

function headerRows(input: StatTableInput): ReportCell[][] {
  const { labels, lang } = input;
  const band = words(lang).register.statTable;
  const categories = words(lang).table.categories;
  const top: ReportCell[] = [text(labels.index), text(labels.member[input.memberKind])];
  const names: ReportCell[] = [blank(), blank()];
  for (const measure of MEASURES) {
    TABLE_CATEGORIES.forEach((category, j) => {
      top.push(j === 0 ? text(labels.band[measure]) : blank());
      names.push(text(categories[category]));
    });
  }
  const numbers = Array.from({ length: COLUMNS }, (_, j) => text(`(${j + 1})`));
  const line = (value: string) => [text(value), ...Array.from({ length: COLUMNS - 1 }, blank)];
  return [line(input.office.toLocaleUpperCase("vi")), line(band.title), line(input.periodLabel), line(band.units), top, names, numbers];
}

/** The sheet of the full statistics table. */
export function statTableSheet(input: StatTableInput): ReportSheet {
  const first = STAT_FIRST_MEMBER_ROW;
  const last = first + input.rows.length - 1;
  const totalRow = last + 1;
  const rows = headerRows(input);
  input.rows.forEach((row, i) => rows.push(dataRow(first + i, { value: i + 1 }, row.name, row.figures)));
  rows.push(dataRow(totalRow, blank(), input.labels.total, input.total, input.rows.length > 0 ? { first, last } : undefined));

  const lastCol = columnLetter(COLUMNS - 1);
  const h1 = STAT_HEADER_FIRST_ROW;
  const merges = [1, 2, 3, 4].map((r) => `A${r}:${lastCol}${r}`);
  merges.push(`A${h1}:A${h1 + 1}`, `B${h1}:B${h1 + 1}`);
  for (const measure of MEASURES) merges.push(`${statColumn(measure, "carriedOver")}${h1}:${statColumn(measure, "backlog")}${h1}`);
  const styles: { range: string; style: StyleName }[] = [
    { range: `A1:${lastCol}2`, style: "title" },
    { range: `A3:${lastCol}3`, style: "subtitle" },
    { range: `A4:${lastCol}4`, style: "note" },
    { range: `A${h1}:${lastCol}${STAT_NUMBERS_ROW}`, style: "header" },
    { range: `A${totalRow}:${lastCol}${totalRow}`, style: "total" },
  ];
  if (input.rows.length > 0) styles.splice(4, 0, { range: `A${first}:${lastCol}${last}`, style: "body" });
  const longest = Math.max(input.labels.total.length, ...input.rows.map((r) => r.name.length));
  return {
    name: input.sheetName,
    rows,
    numberFormats: [{ range: `C${first}:${lastCol}${totalRow}`, format: "#,##0" }],
    styles,
    merges,
    columnWidths: [5, Math.min(45, Math.max(24, longest + 2)), ...Array.from({ length: 2 * N }, (_, j) => (j < N ? 10 : 14))],
    conditionalFormats: [],
    charts: [],
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: h1, last: STAT_NUMBERS_ROW } },
    frozenRows: STAT_NUMBERS_ROW,
    rowHeights: [{ row: h1 + 1, height: 60 }],
  };
}
