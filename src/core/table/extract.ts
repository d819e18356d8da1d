/**
 * Reading the members of a recognised statistics table, with every problem listed by cell.
 *
 * Which rows are members (rows from `dataStartRow` to the last row holding a number in a mapped
 * column, so signature blocks under the table are not read):
 * - a row with a name and at least one figure is a member;
 * - a total row ("Tổng cộng", "Tổng số", "Tổng", "Cộng", also when its label sits in the merged
 *   STT cell) is not a member: the highest-ranking one ("Tổng cộng" over "Cộng", the first of
 *   equals) becomes `sheetTotal`, to be compared with the recomputed total;
 * - a row labelled "Trong đó …" is a breakdown of another row and is never counted; the rows
 *   under a bare "Trong đó:" label row are ordinary rows (in the official forms the units listed
 *   under "Tổng cộng / Trong đó:" are the members);
 * - a named row without any figure is a heading ("I. Khối văn phòng") and is skipped;
 * - a row with figures but no name is not counted, and says so in a warning;
 * - a row the user excluded (`excludedRows`) is not read at all: one warning says it was left out.
 */
import { clean, isBlankCell, parseCurrencyAmount, readNumberCell, toFraction } from "../numbers";
import { columnLetter, quoteSheet } from "../address";
import { problem, type Problem } from "../../i18n/problem";
import { isInWhichLabel, normalizeLabel, totalRank } from "./labels";
import { mayBeTotalOrInWhich } from "./totalWords";
import { Category, Figures, FigureCell, Identity, Issue, Measure, MEASURES, Member, MoneyUnit, Severity, StatTable } from "./model";
import { GridOptions, TableLayout, cellText, isNumericCell, layoutGap, mayStartHeader } from "./recognize";
import { ColumnUnit, convertDongColumns, moneyColumnUnits, unitNotes, unreadableUnits } from "./units";

/** Reading options: where the grid sits, and the rows the user chose to leave out. */
export interface ExtractOptions extends GridOptions {
  /** absolute 0-based sheet rows (grid row + origin.row, as Issue.row) left out of the report */
  excludedRows?: readonly number[];
  /** the money unit the user chose, over the one the headers or the title's unit line state */
  moneyUnit?: MoneyUnit;
  /**
   * absolute 0-based sheet cells formatted as dates (a reader that can tell says which: a grid
   * holds a date as its serial number, like a count): a figure there is an error
   */
  dateCells?: ReadonlyArray<{ row: number; col: number }>;
}

/** The warning for a row the user left out ("Dòng 12 (Nguyễn Văn An) đã được loại …"). `line` is 1-based. */
export function excludedRowProblem(line: number, name: string | undefined): Problem {
  return problem("tableRowExcluded", name ? { line, name } : { line });
}

interface MappedColumn {
  measure: Measure;
  category: Category;
  col: number;
}

/** "Sheet1!", "'Báo cáo 11 tháng'!", or "" without a sheet. */
function sheetPrefix(sheetName: string | undefined): string {
  return sheetName ? `${quoteSheet(sheetName)}!` : "";
}

/** A cell value as the user typed it, for messages. */
function shown(v: unknown): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

function mappedColumns(layout: TableLayout): MappedColumn[] {
  const out: MappedColumn[] = [];
  for (const measure of MEASURES) {
    for (const [category, col] of Object.entries(layout.columns[measure]) as [Category, number | undefined][]) {
      if (col !== undefined) out.push({ measure, category, col });
    }
  }
  return out;
}

/** The first row below the data that starts another table's header, if any: the table ends above it. */
function nextTableRow(cells: readonly unknown[][], start: number): number | undefined {
  for (let r = start; r < cells.length; r++) if (mayStartHeader(cells[r])) return r;
  return undefined;
}

/** The last row before `end` with a number in a mapped column: rows below (signatures, notes) are not the table. */
function lastDataRow(cells: readonly unknown[][], start: number, end: number, columns: readonly MappedColumn[]): number {
  for (let r = end - 1; r >= start; r--) {
    const row = cells[r];
    if (row && columns.some((k) => isNumericCell(row[k.col]))) return r;
  }
  return start - 1;
}

/**
 * A row's label: its name cell, or else a total / "Trong đó" / several-word label written further
 * left (a label merged across the STT and name cells sits in the STT cell). Row numbers are not labels.
 */
function rowLabel(row: readonly unknown[] | undefined, nameColumn: number): { text: string; col: number } | undefined {
  const own = row?.[nameColumn];
  if (typeof own === "string" && !isBlankCell(own)) return { text: cellText(own) as string, col: nameColumn };
  for (let c = 0; c < nameColumn; c++) {
    const v = row?.[c];
    if (typeof v !== "string" || isBlankCell(v) || isNumericCell(v)) continue;
    const words = normalizeLabel(v).split(" ").length;
    if (totalRank(v) > 0 || isInWhichLabel(v) || words >= 2) return { text: cellText(v) as string, col: c };
  }
  return undefined;
}

/** Whether every mapped cell of a row is blank. */
function allBlank(row: readonly unknown[] | undefined, columns: readonly MappedColumn[]): boolean {
  for (const k of columns) if (!isBlankCell(row?.[k.col])) return false;
  return true;
}

/**
 * A figure for an identity, given its column: unknown (undefined) when the column is absent, or 0
 * if the figure is optional there; a figure of a present column that could not be read is unknown
 * too, which makes the check moot (it is already an error).
 */
function known(col: number | undefined, value: number | undefined, optional: boolean): number | undefined {
  return col === undefined ? (optional ? 0 : undefined) : value;
}

/** The sum of known figures (cleaned), undefined when one is unknown. */
function sum(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : clean(0 + a + b);
}

function sum3(a: number | undefined, b: number | undefined, c: number | undefined): number | undefined {
  return a === undefined || b === undefined || c === undefined ? undefined : clean(0 + a + b + c);
}

/** Reads a table's rows into members; never throws, every problem becomes an Issue. */
class Extraction {
  readonly issues: Issue[] = [];
  private readonly prefix: string;
  private readonly originRow: number;
  private readonly originCol: number;
  /** column letters by grid column, worked out once each */
  private readonly letters: string[] = [];
  /**
   * For each measure, its mapped categories in column order: a member whose every figure is read
   * gets copies of these, filled in, rather than objects grown one property at a time.
   */
  private readonly shapes: Record<Measure, Figures> = { cases: {}, money: {} };
  /** a row's figures, column by column, while its member is built */
  private readonly values: (number | undefined)[];
  /** the date-formatted cells, as "row,col" of the grid */
  private readonly dates: ReadonlySet<string> | undefined;

  constructor(
    private readonly cells: readonly unknown[][],
    private readonly layout: TableLayout,
    private readonly columns: readonly MappedColumn[],
    private readonly units: Partial<Record<Category, ColumnUnit>>,
    opts: ExtractOptions,
  ) {
    this.prefix = sheetPrefix(opts.sheetName);
    this.originRow = opts.origin?.row ?? 0;
    this.originCol = opts.origin?.col ?? 0;
    for (const k of columns) this.shapes[k.measure][k.category] = 0;
    this.values = new Array(columns.length).fill(undefined);
    const dates = opts.dateCells?.map((d) => `${d.row - this.originRow},${d.col - this.originCol}`);
    this.dates = dates && dates.length > 0 ? new Set(dates) : undefined;
  }

  where(r: number, c: number): string {
    const letter = (this.letters[c] ??= columnLetter(c + this.originCol));
    return `${this.prefix}${letter}${r + this.originRow + 1}`;
  }

  issue(r: number, c: number, problem: Problem, severity: Severity): void {
    this.issues.push({ where: this.where(r, c), problem, severity, row: r + this.originRow, col: c + this.originCol });
  }

  /** One figure of row r, or undefined (with an Issue) when the cell cannot be used. */
  figure(r: number, k: MappedColumn, name: string, bad: Severity): number | undefined {
    const v = this.cells[r]?.[k.col];
    if (this.dates?.has(`${r},${k.col}`) && k.category !== "target") {
      this.issue(r, k.col, problem("tableDateInFigure", { cell: this.where(r, k.col), member: name, measure: k.measure, category: k.category }), bad);
      return undefined;
    }
    // Most cells are plain counts or amounts: nothing to check beyond this.
    if (typeof v === "number" && v >= 0 && v < Infinity && k.category !== "target" && (k.measure === "money" || Number.isInteger(v))) {
      return v;
    }
    if (k.category === "target" && isBlankCell(v)) return undefined; // no target for this row
    return this.unusual(r, k, name, bad, v);
  }

  /** A figure that is text, negative, not whole, a target, or not a number at all. */
  private unusual(r: number, k: MappedColumn, name: string, bad: Severity, v: unknown): number | undefined {
    const at: FigureCell = { cell: this.where(r, k.col), member: name, measure: k.measure, category: k.category };
    // "5%" is never a count nor an amount (parseNumberText would read it as 0,05).
    if (typeof v === "string" && v.includes("%") && k.category !== "target") {
      this.issue(r, k.col, problem("tablePercentInFigure", { ...at, text: v }), bad);
      return undefined;
    }
    const parsed = readNumberCell(v);
    if (parsed === undefined) return this.currencyAmount(r, k, at, bad, v);
    if (parsed.value < 0) {
      this.issue(r, k.col, problem("tableNegative", { ...at, value: parsed.value }), bad);
      return undefined;
    }
    let value = parsed.value;
    if (k.category === "target") {
      const fraction = toFraction(value);
      if (fraction === undefined) {
        this.issue(r, k.col, problem("tableTargetInvalid", { ...at, text: shown(v) }), bad);
        return undefined;
      }
      value = fraction;
    }
    if (parsed.fromText) this.issue(r, k.col, problem("tableNumberAsText", { ...at, text: shown(v), value }), "warning");
    if (k.measure === "cases" && k.category !== "target" && !Number.isInteger(value)) {
      this.issue(r, k.col, problem("tableCountNotWhole", { ...at, value }), bad);
      return undefined;
    }
    return value;
  }

  /** A text amount with a currency word ("4.250 đ"), read in the column's unit with a warning; else not a number. */
  private currencyAmount(r: number, k: MappedColumn, at: FigureCell, bad: Severity, v: unknown): number | undefined {
    const amount = k.measure === "money" && typeof v === "string" ? parseCurrencyAmount(v) : undefined;
    if (amount === undefined || amount < 0) {
      this.issue(r, k.col, problem("tableNotANumber", { ...at, text: shown(v) }), bad);
      return undefined;
    }
    const unit = this.units[k.category]?.unit ?? "thousand";
    this.issue(r, k.col, problem("tableCurrencyText", { ...at, text: v as string, value: amount, unit }), "warning");
    return amount;
  }

  member(r: number, label: { text: string; col: number }, bad: Severity): Member {
    const { columns, values } = this;
    let complete = true;
    for (let j = 0; j < columns.length; j++) {
      const value = this.figure(r, columns[j], label.text, bad);
      values[j] = value;
      if (value === undefined) complete = false;
    }
    const cases: Figures = complete ? { ...this.shapes.cases } : {};
    const money: Figures = complete ? { ...this.shapes.money } : {};
    for (let j = 0; j < columns.length; j++) {
      const value = values[j];
      const k = columns[j];
      if (value !== undefined) (k.measure === "cases" ? cases : money)[k.category] = value;
    }
    return { name: label.text, where: this.where(r, label.col), cases, money };
  }

  /** The identities of DOMAIN.md, checked on one member row; each breach names the cell to fix. */
  checkIdentities(r: number, member: Member): void {
    for (const measure of MEASURES) this.checkMeasure(r, member, measure);
  }

  private checkMeasure(r: number, member: Member, measure: Measure): void {
    const cols = this.layout.columns[measure];
    const f: Figures = member[measure];
    const eligible = known(cols.eligible, f.eligible, false);
    const done = sum(known(cols.completed, f.completed, false), known(cols.terminated, f.terminated, true));
    if (eligible !== undefined && done !== undefined && done > clean(eligible)) {
      const c = cols.eligible as number;
      const cell = this.where(r, c);
      this.issue(r, c, problem("tableDoneAboveEligible", { member: member.name, measure, done, eligible, cell }), "error");
    }
    const sumAccepted = sum(known(cols.carriedOver, f.carriedOver, false), known(cols.newlyAccepted, f.newlyAccepted, false));
    this.differs(r, member, measure, "accepted", known(cols.accepted, f.accepted, false), sumAccepted, "accepted");
    const mustEnforce = known(cols.mustEnforce, f.mustEnforce, false);
    if (cols.delegatedOut !== undefined || cols.revoked !== undefined) {
      const accepted = known(cols.accepted, f.accepted, false);
      const removed = sum(known(cols.delegatedOut, f.delegatedOut, true), known(cols.revoked, f.revoked, true));
      const expected = accepted === undefined || removed === undefined ? undefined : clean(accepted - removed);
      this.differs(r, member, measure, "mustEnforce", mustEnforce, expected, "mustEnforce");
    }
    // Some tables keep postponed / suspended cases in a bucket of their own beside these two.
    const split = sum(eligible, known(cols.notEligible, f.notEligible, false));
    const withHeld = sum3(split, known(cols.postponed, f.postponed, true), known(cols.suspended, f.suspended, true));
    if (mustEnforce === undefined || withHeld === undefined || clean(mustEnforce) !== withHeld) {
      this.differs(r, member, measure, "mustEnforce", mustEnforce, split, "split");
    }
    const left = mustEnforce === undefined || done === undefined ? undefined : clean(mustEnforce - done);
    this.differs(r, member, measure, "backlog", known(cols.backlog, f.backlog, false), left, "backlog");
  }

  /** A warning when a figure of the row (`actual`) differs from what its identity says it should be. */
  private differs(
    r: number,
    member: Member,
    measure: Measure,
    category: Category,
    actual: number | undefined,
    expected: number | undefined,
    identity: Identity,
  ): void {
    if (actual === undefined || expected === undefined || clean(actual) === clean(expected)) return;
    const c = this.layout.columns[measure][category] as number;
    const cell = this.where(r, c);
    this.issue(r, c, problem("tableIdentity", { member: member.name, measure, category, actual, cell, identity, expected }), "warning");
  }
}

/**
 * The members of a table laid out as `layout` says (recognised, or corrected by the user). Figures
 * that cannot be read are left out of their member and listed as errors; numbers stored as text
 * are read and listed as warnings; breaches of the DOMAIN.md identities are listed with their cell.
 * Problems in the total row are warnings only: the report recomputes the total from the members.
 */
export function extractTable(cells: unknown[][], layout: TableLayout, opts: ExtractOptions = {}): StatTable {
  const columns = mappedColumns(layout);
  const originRow = opts.origin?.row ?? 0;
  const excluded = new Set(opts.excludedRows ?? []);
  const units = moneyColumnUnits(cells, layout, opts.moneyUnit);
  const run = new Extraction(cells, layout, columns, units, opts);
  const gap = layoutGap(layout);
  if (gap) run.issue(layout.headerRows.first, Math.max(0, layout.nameColumn), problem("tableLayoutIncomplete", { missing: gap }), "error");
  for (const u of unreadableUnits(units)) run.issue(u.row, u.col, problem("tableMoneyUnitUnreadable", { cell: run.where(u.row, u.col), text: u.text }), "error");

  const members: Member[] = [];
  let total: { member: Member; rank: number } | undefined;
  const next = nextTableRow(cells, layout.dataStartRow);
  if (next !== undefined) {
    const first = (cells[next] ?? []).findIndex((v) => !isBlankCell(v));
    run.issue(next, first, problem("tableSecondTable", { line: next + originRow + 1, cell: run.where(next, first) }), "warning");
  }
  const end = lastDataRow(cells, layout.dataStartRow, next ?? cells.length, columns);
  for (let r = layout.dataStartRow; r <= end; r++) {
    const row = cells[r];
    const blank = allBlank(row, columns);
    const label = rowLabel(row, layout.nameColumn);
    if (excluded.has(r + originRow)) {
      if (label || !blank) run.issue(r, label?.col ?? layout.nameColumn, excludedRowProblem(r + originRow + 1, label?.text), "warning");
      continue;
    }
    if (!label) {
      if (!blank) {
        const found = problem("tableRowWithoutName", { line: r + originRow + 1, cell: run.where(r, layout.nameColumn) });
        run.issue(r, layout.nameColumn, found, "warning");
      }
      continue;
    }
    if (blank) continue;
    const special = mayBeTotalOrInWhich(label.text);
    if (special && isInWhichLabel(label.text)) continue;
    const rank = special ? totalRank(label.text) : 0;
    if (rank > 0) {
      const member = run.member(r, label, "warning");
      if (!total || rank > total.rank) total = { member, rank };
      continue;
    }
    const member = run.member(r, label, "error");
    run.checkIdentities(r, member);
    members.push(member);
  }

  // Identities were checked in the source's own unit: rounding each figure must not break them.
  convertDongColumns(members, total?.member, units);
  const table: StatTable = { memberKind: layout.memberKind, members, issues: run.issues };
  if (total) table.sheetTotal = total.member;
  if (layout.office !== undefined) table.office = layout.office;
  const notes = unitNotes(units, opts.moneyUnit, (r, c) => run.where(r, c));
  if (notes.length > 0) table.notes = notes;
  return table;
}
