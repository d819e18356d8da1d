/**
 * Recognising a case register (sổ theo dõi): title rows, then a header row (sometimes two, with a
 * "Số tiền (đồng)" band above "Phải thi hành" / "Đã thu"), then one row per enforcement decision.
 * Columns are found by their labels, never by position: registers in the wild differ.
 */
import { problem, type Problem } from "../../i18n/problem";
import type { RegisterRole } from "../../i18n/vi/register";
import { Result, valueError } from "../errors";
import { isBlankCell } from "../numbers";
import { foldText } from "../text";
import { mostSpecificOffice, titleLines } from "../table/labels";
import { bandAbove, registerMoneyUnit, type WrittenText } from "./moneyUnit";
import type { Origin } from "../grid";
import type { MoneyUnit } from "../table/model";


/** 0-based column indexes into the cells given to recognizeRegister (add origin.col for the sheet). */
export interface RegisterColumns {
  officer: number; // Chấp hành viên
  unit?: number; // Đơn vị
  status: number; // Trạng thái / Kết quả
  date: number; // Ngày thụ lý, else Ngày ra quyết định
  decisionNumber?: number; // Số QĐ
  amount: number; // Số tiền phải thi hành
  collected: number; // Đã thu
  terminatedAmount?: number; // Số tiền đình chỉ
  resultDate?: number; // Ngày kết thúc (thi hành xong, đình chỉ, ủy thác …): decides the state at the report date
}

export type RegisterField = keyof RegisterColumns;

/** Plain JSON: the pane shows it, lets the user correct it, and saves it in the workbook. */
export interface RegisterLayout {
  kind: "register";
  sheetName?: string;
  origin: Origin;
  /** 0-based row of the (lower) header row in the cells */
  headerRow: number;
  /** 0-based row of the first case row in the cells */
  firstDataRow: number;
  columns: RegisterColumns;
  /** which date the date column holds */
  dateKind: "accepted" | "decision";
  /** the header text of each recognised column, as typed */
  headers: Partial<Record<RegisterField, string>>;
  /** "dong" = the register is kept in đồng and is converted; "thousand" = nghìn đồng */
  moneyUnit: MoneyUnit;
  /** false when no unit was written anywhere and thousands were assumed */
  moneyUnitFromHeader: boolean;
  /** a money label stating a unit the add-in does not read ("Số tiền (triệu đồng)"), with its grid cell */
  moneyUnitUnreadable?: WrittenText;
  /** the office named in the title rows, if any */
  office?: string;
  /** assumptions made while recognising, for the pane and the command to show */
  notes: Problem[];
  /**
   * the columns whose header speaks of a date ("Ngày …"): those the user may choose as the result
   * date, so the pane reads them too (absent in layouts saved before)
   */
  dateColumns?: number[];
}

type Role = Extract<RegisterRole, RegisterField | "acceptedDate" | "decisionDate">;

/** Rows a header is looked for in first; the rest of the sheet only when none is complete there. */
const HEADER_SCAN_ROWS = 30;
const has = (f: string, phrase: string) => ` ${f} `.includes(` ${phrase} `);

/**
 * The role of a header label, given folded (`f`); `bandSaysMoney` tells whether the label of the
 * merged cell above it speaks of money, asked only of a terminated amount not named "tiền" itself.
 */
function roleOf(f: string, bandSaysMoney: () => boolean): Role | undefined {
  if (f === "") return undefined;
  const padded = ` ${f} `; // padded once for every phrase looked for
  const says = (phrase: string) => padded.includes(` ${phrase} `);
  if (says("ngay")) {
    if (says("thu ly")) return "acceptedDate";
    // "Ngày ra quyết định đình chỉ" is the day a case ended, not the day of its enforcement decision.
    if (RESULT_DATE.test(f) && !says("tam dinh chi")) return "resultDate";
    if (says("quyet dinh") || says("qd")) return "decisionDate";
    return undefined;
  }
  if (says("chap hanh vien") || says("chv") || says("nguoi thu ly") || says("can bo thu ly")) return "officer";
  // The parties (người phải / được thi hành án, đương sự) are people, not amounts, whatever their label says.
  if (/^(nguoi|ho ten|ho va ten|ten) /.test(f) || says("duong su")) return undefined;
  if (/^don vi( |$)/.test(f) && !says("tinh")) return "unit";
  if (says("trang thai") || says("ket qua") || says("tinh trang")) return "status";
  if (/^so (qd|quyet dinh)( |$)/.test(f)) return "decisionNumber";
  if (says("dinh chi") && !says("tam dinh chi") && (says("tien") || bandSaysMoney())) return "terminatedAmount";
  if (says("da thu") || says("thu duoc") || says("thuc thu") || says("da thi hanh")) return "collected";
  if (says("phai thi hanh") || says("phai thu")) return "amount";
  if (/^so tien( |$)/.test(f) && !says("da")) return "amount";
  return undefined;
}

/**
 * The day a case ended: "Ngày kết thúc", "Ngày thi hành xong", "Ngày kết quả", "Ngày đình chỉ",
 * "Ngày ủy thác", "Ngày thu hồi", "Ngày xong" and their abbreviations (KT, TH xong, ĐC, QĐ ĐC, UT).
 */
const RESULT_DATE = /(^| )(ket thuc|kt|xong|ket qua|kq|dinh chi|dc|uy thac|ut|thu hoi|huy)( |$)/;

const text = (v: unknown) => (typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v));
const cellAt = (cells: unknown[][], r: number, c: number) => (r >= 0 && r < cells.length ? cells[r]?.[c] : undefined);

export interface Candidate {
  row: number;
  found: Map<Role, { col: number; label: string }>;
  duplicates: { label: string; col: number }[];
}

/**
 * The roles of the labels met while looking for the header, each text folded and judged once: the
 * rows scanned are mostly cases, whose names, statuses and units repeat.
 */
export class HeaderScan {
  private readonly folds = new Map<string, string>();
  /** roles of labels that do not depend on the band above them */
  private readonly roles = new Map<string, Role | undefined>();

  constructor(private readonly cells: unknown[][]) {}

  private fold(text: string): string {
    let folded = this.folds.get(text);
    if (folded === undefined) this.folds.set(text, (folded = foldText(text)));
    return folded;
  }

  /** The role of a label in row r, column c. */
  role(label: string, r: number, c: number): Role | undefined {
    if (this.roles.has(label)) return this.roles.get(label);
    let asked = false;
    const role = roleOf(this.fold(label), () => {
      asked = true;
      return has(this.fold(bandAbove(this.cells, r, c)?.text ?? ""), "tien");
    });
    if (!asked) this.roles.set(label, role);
    return role;
  }

  candidateAt(r: number): Candidate {
    const cells = this.cells;
    const found = new Map<Role, { col: number; label: string }>();
    const duplicates: Candidate["duplicates"] = [];
    const width = cells[r]?.length ?? 0;
    const consider = (c: number, v: unknown, fillingIn: boolean) => {
      // Only text names a column (a number, a date or TRUE has no role).
      if (typeof v !== "string" || isBlankCell(v)) return;
      const label = text(v);
      const role = this.role(label, r, c);
      if (!role) return;
      if (!found.has(role)) found.set(role, { col: c, label });
      else if (!fillingIn) duplicates.push({ label, col: c + 1 });
    };
    for (let c = 0; c < width; c++) consider(c, cells[r][c], false);
    // A vertically merged header keeps its text in the upper row only: fill in roles still missing.
    for (let c = 0; c < width; c++) if (isBlankCell(cells[r][c])) consider(c, cellAt(cells, r - 1, c), true);
    return { row: r, found, duplicates };
  }
}

/**
 * How many roles row r could have at most: one per text cell, or per blank cell under a text (the
 * labels candidateAt would judge). Counted without reading the texts.
 */
export function labelsAt(cells: unknown[][], r: number): number {
  const row = cells[r];
  const width = row?.length ?? 0;
  let labels = 0;
  for (let c = 0; c < width; c++) {
    const v = row[c];
    if (isBlankCell(v)) {
      const above = cellAt(cells, r - 1, c);
      if (typeof above === "string" && !isBlankCell(above)) labels++;
    } else if (typeof v === "string") labels++;
  }
  return labels;
}

const REQUIRED: Role[] = ["officer", "status", "amount", "collected"];
const missingOf = (c: Candidate): RegisterRole[] => [
  ...REQUIRED.filter((r) => !c.found.has(r)),
  ...(c.found.has("acceptedDate") || c.found.has("decisionDate") ? [] : (["date"] as const)),
];

/** The columns of a header row labelled "Ngày …" (any date: accepted, decision, result…). */
function dateColumnsOf(header: unknown[]): number[] {
  const out: number[] = [];
  header.forEach((v, c) => {
    if (typeof v === "string" && /^ngay( |$)/.test(foldText(v))) out.push(c);
  });
  return out;
}

const COLUMN_NUMBER = /^\(?\d{1,3}\)?$/;
/** A row of column numbers (1), (2) … under the header. */
function isColumnNumberRow(row: unknown[] | undefined): boolean {
  if (!row) return false;
  const filled = row.filter((v) => !isBlankCell(v));
  return filled.length >= 2 && filled.every((v) => COLUMN_NUMBER.test(text(v)));
}

/**
 * The row with the most roles: in the first rows, else (none complete there: a header below long
 * title rows) in the whole used range.
 */
function bestHeader(cells: unknown[][]): Candidate | undefined {
  let best: Candidate | undefined;
  const scan = new HeaderScan(cells);
  const scanRows = (from: number, to: number) => {
    for (let r = from; r < to; r++) {
      // A row that cannot have more roles than the best one so far cannot replace it: case rows are skipped unread.
      if (best && labelsAt(cells, r) <= best.found.size) continue;
      const c = scan.candidateAt(r);
      if (!best || c.found.size > best.found.size) best = c;
    }
  };
  const head = Math.min(cells.length, HEADER_SCAN_ROWS);
  scanRows(0, head);
  if (!best || missingOf(best).length > 0) scanRows(head, cells.length);
  return best;
}

export function recognizeRegister(
  cells: unknown[][],
  opts: { sheetName?: string; origin?: Origin } = {},
): Result<RegisterLayout> {
  const origin = opts.origin ?? { row: 0, col: 0 };
  const best = bestHeader(cells);
  const sheet = opts.sheetName;
  if (!best || best.found.size === 0) return valueError(problem("registerNoHeader", { sheet }));
  const missing = missingOf(best);
  if (missing.length > 0) {
    return valueError(problem("registerMissingColumns", { sheet, row: best.row + origin.row + 1, missing }));
  }

  const col = (role: Role) => best!.found.get(role)?.col;
  const accepted = col("acceptedDate");
  const columns: RegisterColumns = {
    officer: col("officer")!,
    status: col("status")!,
    date: accepted ?? col("decisionDate")!,
    amount: col("amount")!,
    collected: col("collected")!,
  };
  for (const optional of ["unit", "decisionNumber", "terminatedAmount", "resultDate"] as const) {
    const c = col(optional);
    if (c !== undefined) columns[optional] = c;
  }
  const headers: Partial<Record<RegisterField, string>> = {};
  for (const [role, { label }] of best.found) {
    if (role === "acceptedDate" || role === "decisionDate") {
      if (best.found.get(role)!.col === columns.date) headers.date = label;
    } else headers[role] = label;
  }

  const notes: Problem[] = [];
  if (best.duplicates.length > 0) notes.push(problem("registerDuplicateColumns", { columns: best.duplicates }));
  if (accepted === undefined) notes.push(problem("registerNoAcceptedDate", {}));

  const moneyColumns = [columns.amount, columns.collected, columns.terminatedAmount].filter((c): c is number => c !== undefined);
  const unit = registerMoneyUnit(cells, best.row, moneyColumns);
  notes.push(...unit.notes);
  const office = mostSpecificOffice(titleLines(cells, best.row));

  let firstDataRow = best.row + 1;
  while (isColumnNumberRow(cells[firstDataRow])) firstDataRow++;

  const layout: RegisterLayout = {
    kind: "register",
    origin,
    headerRow: best.row,
    firstDataRow,
    columns,
    dateKind: accepted !== undefined ? "accepted" : "decision",
    headers,
    moneyUnit: unit.moneyUnit,
    moneyUnitFromHeader: unit.fromHeader,
    notes,
    dateColumns: dateColumnsOf(cells[best.row] ?? []),
  };
  if (opts.sheetName !== undefined) layout.sheetName = opts.sheetName;
  if (office !== undefined) layout.office = office;
  if (unit.unreadable) layout.moneyUnitUnreadable = unit.unreadable;
  return layout;
}
