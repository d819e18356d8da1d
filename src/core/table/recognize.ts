/**
 * Recognition of a statistics table in a plain grid of cell values (as read from Excel: numbers,
 * strings, booleans, blanks; a merged cell is its value in the top-left cell and blanks elsewhere).
 *
 * Title rows come first and are skipped (the office name is read from them). The header is one to
 * four rows of labels; a label in an upper header row covers the blank cells to its right (a merged
 * band such as "Về việc") until another label starts in that row or above. Each column is read
 * from the labels stacked above it: the deepest label naming a category decides the category, the
 * deepest label naming a measure decides the measure. An optional row of column numbers
 * ((1), (2)… or 1, 2…) under the header is skipped.
 */
import type { Origin } from "../grid";
import { Result, valueError } from "../errors";
import { problem } from "../../i18n/problem";
import { periodInTitleRows, type TitleCellPeriod } from "../periodName";
import { isBlankCell, readNumberCell } from "../numbers";
import {
  isGenericHeaderLabel,
  isRowNumberLabel,
  matchCategory,
  matchMeasure,
  matchNameLabel,
  mostSpecificOffice,
  titleLines,
  normalizeLabel,
} from "./labels";
import { Category, LayoutGap, Measure, MEASURES, MemberKind } from "./model";

/** What recognition found; a plain object the pane shows, lets the user correct and saves as JSON. */
export interface TableLayout {
  /** 0-based rows of the grid holding the header labels */
  headerRows: { first: number; last: number };
  /** first row after the header (and after the row of column numbers, if any) */
  dataStartRow: number;
  /** column of the member names (Đơn vị / Chấp hành viên) */
  nameColumn: number;
  /** for each measure, the column of each category found */
  columns: Record<Measure, Partial<Record<Category, number>>>;
  memberKind: MemberKind;
  /** office named in the title rows, the most specific one ("Chi cục …" over "Cục …") */
  office?: string;
  /** first grid row of the table's title rows (0 unless recognition started lower: GridOptions.fromRow) */
  titleStartRow?: number;
  /** the report period its title rows name ("11 tháng năm 2021"), with the cell naming it */
  titlePeriod?: TitleCellPeriod;
}

export interface GridOptions {
  /** sheet name for messages and cell addresses */
  sheetName?: string;
  /** 0-based sheet position of the grid's top-left cell (a used range need not start at A1) */
  origin?: Origin;
  /**
   * Grid row where the table's title rows begin (default 0): to recognise the second table of a
   * sheet, start where the first one ends (the row tableSecondTable names, less the origin).
   */
  fromRow?: number;
  /** Grid row before which the header must start (default: the end of the grid) */
  toRow?: number;
}

const MAX_HEADER_ROWS = 4;
/** Longer texts are titles or notes, not column labels. */
const MAX_LABEL_LENGTH = 120;
/** Rows sampled when guessing the name column from its contents. */
const NAME_SAMPLE_ROWS = 100;

/**
 * White space that collapsing would change: a space of another kind, two in a row, one at either
 * end. Most cells (every member's name) have none, and are given back as they are, not copied.
 */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

/** A cell's text with spaces and line breaks collapsed, or undefined for a blank cell. */
export function cellText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  const raw = String(v);
  const text = UNTIDY_SPACE.test(raw) ? raw.replace(/\s+/g, " ").trim() : raw;
  return text === "" ? undefined : text;
}

/** A number, or text that reads as one ("1.234"): what data rows hold and header rows never do. */
export function isNumericCell(v: unknown): boolean {
  if (typeof v === "number") return true;
  return typeof v === "string" && !isBlankCell(v) && readNumberCell(v) !== undefined;
}

/** Whether a cell is a recognised header label: a category, a measure band, the name or STT column. */
function isKnownLabel(v: unknown): boolean {
  if (typeof v !== "string" || v.length > MAX_LABEL_LENGTH) return false;
  const label = normalizeLabel(v);
  return (
    matchCategory(label) !== undefined ||
    matchMeasure(label) !== undefined ||
    matchNameLabel(label) !== undefined ||
    isRowNumberLabel(label)
  );
}

/** "(1)", "1", "A", "(3)=(1)+(2)": a cell of the row of column numbers. */
const COLUMN_NUMBER = /^\(?\s*(\d{1,3}|[A-Za-z])\s*\)?\s*(=.*)?$/;

/** The row of column numbers under the header: only column numbers, increasing left to right. */
function isColumnNumberRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  let cells = 0;
  let numbers = 0;
  let previous = -Infinity;
  for (const v of row) {
    if (isBlankCell(v)) continue;
    cells++;
    let n: number | undefined;
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 0 || v > 999) return false;
      n = v;
    } else if (typeof v === "string") {
      const m = COLUMN_NUMBER.exec(v.trim());
      if (!m) return false;
      n = /^\d/.test(m[1]) ? Number(m[1]) : undefined;
    } else return false;
    if (n !== undefined) {
      if (n <= previous) return false;
      previous = n;
      numbers++;
    }
  }
  return cells >= 2 && numbers >= 2;
}

/** A row of labels only, with at least one recognised label and `minCells` labels in all. */
function isLabelRow(row: readonly unknown[] | undefined, minCells: number): boolean {
  if (!row || isColumnNumberRow(row)) return false;
  let cells = 0;
  let known = false;
  for (const v of row) {
    if (isBlankCell(v)) continue;
    if (typeof v !== "string" || isNumericCell(v)) return false;
    cells++;
    known ||= isKnownLabel(v) || (v.length <= MAX_LABEL_LENGTH && isGenericHeaderLabel(v));
  }
  return known && cells >= minCells;
}

/**
 * The widest of rows [from, to): the columns a header starting at `from` can label. Not the whole
 * grid's: reading the length of every row of a 100,000-row register took as long as summing it.
 */
function widthOf(cells: readonly unknown[][], from: number, to: number): number {
  let width = 0;
  for (let r = from; r < to; r++) {
    const row = cells[r];
    if (row && row.length > width) width = row.length;
  }
  return width;
}

/** A header label and the grid cell it is written in (a band's: its first cell). */
export interface PlacedLabel {
  text: string;
  row: number;
  col: number;
}

/**
 * The labels stacked above each column, top first. In every header row but the last, a blank cell
 * continues the label on its left (a merged band), unless a label starts in this column in a row
 * above: that blank is the lower part of a vertically merged cell, and starts a new band.
 */
export function placedColumnPaths(cells: readonly unknown[][], first: number, last: number, width: number): PlacedLabel[][] {
  const paths: PlacedLabel[][] = Array.from({ length: width }, () => []);
  for (let h = first; h <= last; h++) {
    let band: PlacedLabel | undefined;
    for (let c = 0; c < width; c++) {
      const text = cellText(cells[h]?.[c]);
      if (text !== undefined) {
        band = { text, row: h, col: c };
        paths[c].push(band);
        continue;
      }
      let startsAbove = false;
      for (let above = first; above < h && !startsAbove; above++) startsAbove = cellText(cells[above]?.[c]) !== undefined;
      if (startsAbove) band = undefined;
      else if (h < last && band !== undefined) paths[c].push(band);
    }
  }
  return paths;
}

const columnPaths = (cells: readonly unknown[][], first: number, last: number, width: number): string[][] =>
  placedColumnPaths(cells, first, last, width).map((path) => path.map((label) => label.text));

/** The header text of one column, its stacked labels joined: "Về việc / Có điều kiện thi hành". */
export function headerLabel(cells: readonly unknown[][], headerRows: TableLayout["headerRows"], col: number): string {
  return columnPaths(cells, headerRows.first, headerRows.last, col + 1)[col].join(" / ");
}

interface ColumnMeaning {
  name?: MemberKind;
  rowNumber?: boolean;
  category?: Category;
  measure?: Measure;
}

/** What a column is, from its stacked labels. */
function meaningOf(texts: readonly string[]): ColumnMeaning {
  const path = texts.map((text) => normalizeLabel(text));
  for (const label of path) {
    const name = matchNameLabel(label);
    if (name) return { name };
    if (isRowNumberLabel(label)) return { rowNumber: true };
  }
  let category: Category | undefined;
  // The deepest label naming a category wins; generic labels ("Tổng số", "Việc") defer to their band.
  for (let i = path.length - 1; i >= 0 && category === undefined; i--) {
    category = matchCategory(path[i]);
    if (category === undefined && !isGenericHeaderLabel(path[i])) break;
  }
  let measure: Measure | undefined;
  for (let i = path.length - 1; i >= 0 && measure === undefined; i--) measure = matchMeasure(path[i]);
  return { category, measure };
}

/**
 * The column holding member names when no header names it: the one left of the figures with the
 * most text in the data rows.
 */
function guessNameColumn(cells: readonly unknown[][], dataStart: number, before: number, skip: ReadonlySet<number>): number {
  let best = -1;
  let bestCount = 0;
  const end = Math.min(cells.length, dataStart + NAME_SAMPLE_ROWS);
  for (let c = 0; c < before; c++) {
    if (skip.has(c)) continue;
    let count = 0;
    for (let r = dataStart; r < end; r++) {
      const v = cells[r]?.[c];
      if (typeof v === "string" && !isBlankCell(v) && !isNumericCell(v)) count++;
    }
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Why a layout cannot produce a report, or undefined when it can: it needs the name column and,
 * for cases or for money, both "Có điều kiện thi hành" and "Thi hành xong".
 */
export function layoutGap(layout: Pick<TableLayout, "columns" | "nameColumn">): LayoutGap | undefined {
  const has = (category: Category) => MEASURES.some((m) => layout.columns[m][category] !== undefined);
  if (!has("eligible")) return "eligible";
  if (!has("completed")) return "completed";
  if (!MEASURES.some((m) => layout.columns[m].eligible !== undefined && layout.columns[m].completed !== undefined)) return "apart";
  if (!(layout.nameColumn >= 0)) return "name";
  return undefined;
}

/** The one measure the title speaks of ("… tính bằng tiền" above form 05), if it speaks of one only. */
function measureOf(lines: readonly string[]): Measure | undefined {
  const named = new Set(lines.map((line) => matchMeasure(line)).filter((m): m is Measure => m !== undefined));
  return named.size === 1 ? [...named][0] : undefined;
}

type Attempt = { layout: TableLayout } | { gap: LayoutGap; found: number; rows: TableLayout["headerRows"] };

/** The layout when the header contains row `r` (the first row with two recognised labels). */
function layoutAt(cells: readonly unknown[][], r: number, opts: GridOptions): Attempt {
  const from = opts.fromRow ?? 0;
  let first = r;
  while (first > from && r - first + 1 < MAX_HEADER_ROWS && isLabelRow(cells[first - 1], 2)) first--;
  let last = r;
  while (last + 1 < cells.length && last - first + 1 < MAX_HEADER_ROWS && isLabelRow(cells[last + 1], 1)) last++;
  const dataStartRow = isColumnNumberRow(cells[last + 1]) ? last + 2 : last + 1;
  // The header's rows and the data rows the name column is guessed from.
  const width = widthOf(cells, first, Math.min(cells.length, dataStartRow + NAME_SAMPLE_ROWS));

  const columns: TableLayout["columns"] = { cases: {}, money: {} };
  const rowNumberColumns = new Set<number>();
  let nameColumn = -1;
  let nameKind: MemberKind | undefined;
  let firstFigure = width;
  let found = 0;
  const titleRows = cells.slice(from, first);
  const titles = titleLines(titleRows, titleRows.length);
  const titleMeasure = measureOf(titles);
  columnPaths(cells, first, last, width).forEach((path, c) => {
    const meaning = meaningOf(path);
    if (meaning.rowNumber) rowNumberColumns.add(c);
    if (meaning.name && nameColumn < 0) {
      nameColumn = c;
      nameKind = meaning.name;
    }
    if (!meaning.category) return;
    // Without a band or a measure word: the measure of the title, else the first column of a
    // category is cases and a second one money.
    const measure = meaning.measure ?? titleMeasure ?? (columns.cases[meaning.category] === undefined ? "cases" : "money");
    if (columns[measure][meaning.category] !== undefined) return;
    columns[measure][meaning.category] = c;
    firstFigure = Math.min(firstFigure, c);
    found++;
  });
  if (nameColumn < 0) nameColumn = guessNameColumn(cells, dataStartRow, firstFigure, rowNumberColumns);

  const headerRows = { first, last };
  const gap = layoutGap({ columns, nameColumn });
  if (gap) return { gap, found, rows: headerRows };
  // Without a name label, a title "… theo Chấp hành viên" tells what the members are.
  const titleNamesOfficers = titles.some((line) => ` ${normalizeLabel(line)} `.includes(" chap hanh vien "));
  const memberKind = nameKind ?? (titleNamesOfficers ? "officer" : "unit");
  const layout: TableLayout = { headerRows, dataStartRow, nameColumn, columns, memberKind };
  const office = mostSpecificOffice(titles);
  if (office !== undefined) layout.office = office;
  if (from > 0) layout.titleStartRow = from;
  const origin = { row: (opts.origin?.row ?? 0) + from, col: opts.origin?.col ?? 0 };
  const titlePeriod = periodInTitleRows(titleRows, titleRows.length, { sheetName: opts.sheetName, origin });
  if (titlePeriod.kind !== "none") layout.titlePeriod = titlePeriod;
  return { layout };
}

/** Whether a row may be a table's header: labels only (data rows are passed over unread), two of them recognised. */
export function mayStartHeader(row: readonly unknown[] | undefined): boolean {
  if (!row || row.some(isNumericCell)) return false;
  let known = 0;
  for (const v of row) if (isKnownLabel(v) && ++known >= 2) break;
  return known >= 2 && isLabelRow(row, 2);
}

/**
 * Finds the statistics table in a grid. Each row with two recognised labels is tried as the header
 * in turn, top first; the first that yields a name column and "Có điều kiện" + "Thi hành xong"
 * columns wins. Otherwise the problem says what was missing, and where the closest header is.
 */
export function recognizeTable(cells: unknown[][], opts: GridOptions = {}): Result<TableLayout> {
  let closest: { gap: LayoutGap; found: number; rows: TableLayout["headerRows"] } | undefined;
  const end = Math.min(cells.length, opts.toRow ?? cells.length);
  for (let r = opts.fromRow ?? 0; r < end; r++) {
    if (!mayStartHeader(cells[r])) continue;
    const attempt = layoutAt(cells, r, opts);
    if ("layout" in attempt) return attempt.layout;
    if (!closest || attempt.found > closest.found) closest = attempt;
    // Rows of the header just tried are not tried again as a header of their own.
    r = Math.max(r, attempt.rows.last);
  }
  const sheet = opts.sheetName ? { sheet: opts.sheetName } : {};
  if (closest) {
    const originRow = opts.origin?.row ?? 0;
    const rows = { firstRow: closest.rows.first + originRow + 1, lastRow: closest.rows.last + originRow + 1 };
    return valueError(problem("tableHeaderIncomplete", { missing: closest.gap, ...rows, ...sheet }));
  }
  return valueError(problem("tableNotFound", sheet));
}
