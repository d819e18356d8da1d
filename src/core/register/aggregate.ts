/**
 * Aggregating a case register into the statistics table every report is built from: one member per
 * officer (or per unit), with the figures of DOMAIN.md counted from one row per case. One pass over
 * the rows; repeated texts (statuses, names) are looked up once.
 *
 * Rules, per member:
 * - Rows the user excluded (excludedRows) are left out entirely, each with one warning saying so.
 * - Statuses are grouped by their text with white space collapsed (" Đình  chỉ " is "Đình chỉ").
 * - Rows dated after the report date are left out. Rows dated before 1 October of the report's
 *   statistical year are carried over (carriedOver), the others newly accepted (newlyAccepted).
 * - Cases: accepted = every row in the period; mustEnforce = accepted − delegatedOut − revoked;
 *   eligible = rows whose status is in eligibleCategories; one figure per status category.
 * - Money (nghìn đồng): accepted, delegatedOut, revoked = the amount to enforce of those rows;
 *   mustEnforce = accepted − delegatedOut − revoked; eligible = amount of eligible rows;
 *   completed = amount collected on eligible rows (partial collections on cases still in progress
 *   count, as in the statistics forms); terminated = the terminated-amount column when filled, else
 *   amount − collected of terminated rows; inProgress, postponed, suspended, notEligible = amount −
 *   collected of those rows (what is still owed).
 * - Terminated money is always reported as its own figure. Whether it enters the money rate (the
 *   "count terminated money" setting of DOMAIN.md, default on) is decided where the rate is
 *   computed, not here, so the same table serves both settings.
 * - A register kept in đồng: each base sum (per member and figure) is added up exactly in đồng
 *   and rounded once to whole nghìn đồng (half up); derived figures (accepted, mustEnforce,
 *   eligible, what is owed) are then computed from the rounded sums, so the identities of
 *   DOMAIN.md hold exactly in the table.
 */
import { isError } from "../errors";
import { formatNumberVi } from "../format";
import { clean, isBlankCell, readNumberCell } from "../numbers";
import { CivilDate, dateToSerial, fiscalYearOf, readDate } from "../periods";
import { excludedRowProblem } from "../table/extract";
import { renderProblem } from "../../i18n/problem";
import { Figures, Issue, Member, StatTable } from "../table/model";
import { sheetCellAddress } from "../address";
import { foldText } from "../text";
import { CellOrigin, RegisterField, RegisterLayout } from "./recognize";
import { classifyStatus, DEFAULT_ELIGIBLE, STATUS_CATEGORIES, StatusCategory } from "./status";

export interface RegisterOptions {
  reportDate: CivilDate;
  /**
   * the user's classification of status texts (keys as in RegisterResult.statuses[].text, white
   * space collapsed; a key saved as typed and trimmed is still honoured)
   */
  reclassified?: Record<string, StatusCategory>;
  /** categories counted as "có điều kiện"; DEFAULT_ELIGIBLE when absent */
  eligibleCategories?: readonly StatusCategory[];
  groupBy?: "officer" | "unit";
  /** overrides the unit recognised from the headers */
  moneyUnit?: "dong" | "thousand";
  sheetName?: string;
  origin?: CellOrigin;
  /** absolute 0-based sheet rows (grid row + origin.row, as Issue.row) left out of the report */
  excludedRows?: readonly number[];
}

export interface StatusCount {
  /** the status as typed, trimmed and with inner white space collapsed; "" for rows with no status */
  text: string;
  /** null when unclassified: the report is blocked until the user classifies it */
  category: StatusCategory | null;
  /** rows of the period (or with an unreadable date) carrying it */
  count: number;
}

export interface RegisterResult {
  table: StatTable;
  /** each distinct status, in order of first appearance */
  statuses: StatusCount[];
  /** rows whose status is unclassified */
  unclassified: number;
  /** case rows read (blank, total and excluded rows skipped) */
  rowsRead: number;
  /** rows left out because they are dated after the report date */
  afterReportDate: number;
}

const N = STATUS_CATEGORIES.length;
const INDEX = Object.fromEntries(STATUS_CATEGORIES.map((c, i) => [c, i])) as Record<StatusCategory, number>;
const TERMINATED = INDEX.terminated;

/** The status of a raw status cell: its entry and category index (-1 when unclassified). */
interface StatusOfCell {
  entry: StatusCount;
  index: number;
}

/** Running sums of one member, in the register's own money unit. */
interface Accumulator {
  name: string;
  where: string;
  carriedOver: number;
  newlyAccepted: number;
  carriedOverAmount: number;
  newlyAcceptedAmount: number;
  cases: Float64Array; // rows per status category
  amount: Float64Array; // amount to enforce per status category
  collected: Float64Array; // amount collected per status category
  terminatedAmount: number;
}

const TOTAL_LABELS = new Set(["tong cong", "cong", "tong so", "tong"]);
const TOTAL_START = /^\s*[tTcC]/; // "Tổng …", "Cộng"

/**
 * TOTAL_START.test(v), with the expression run only on texts starting with white space, and false
 * too for a "t" or "c" followed by an ASCII character other than "o": such a text ("Trần Văn An")
 * cannot fold to "tong …" or "cong", so it is not looked up.
 */
function startsLikeTotal(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c === 0x74 || c === 0x54 || c === 0x63 || c === 0x43) {
    const next = v.charCodeAt(1);
    return next === 0x6f || next === 0x4f || next >= 0x80;
  }
  return c <= 32 || c === 0xa0 || c >= 0x1680 ? TOTAL_START.test(v) : false;
}

/** isBlankCell(v), without trimming the texts that start with a printable ASCII character other than "-". */
function isBlank(v: unknown): boolean {
  if (typeof v === "string" && v.length > 0) {
    const c = v.charCodeAt(0);
    if (c > 32 && c < 127 && c !== 0x2d) return false;
  }
  return isBlankCell(v);
}

const MAX_ISSUES_PER_KIND = 50;
const DMY_PARTS = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Issues of one kind beyond a handful are summarised: a broken column must not flood the pane. */
class IssueLog {
  readonly issues: Issue[] = [];
  private readonly counts = new Map<string, { count: number; severity: Issue["severity"]; what: string }>();

  add(kind: string, issue: Issue, what: string): void {
    const seen = this.counts.get(kind) ?? { count: 0, severity: issue.severity, what };
    seen.count++;
    this.counts.set(kind, seen);
    if (seen.count <= MAX_ISSUES_PER_KIND) this.issues.push(issue);
  }

  finish(where: string): void {
    for (const { count, severity, what } of this.counts.values()) {
      if (count > MAX_ISSUES_PER_KIND) {
        this.issues.push({ where, severity, message: `… và ${formatNumberVi(count - MAX_ISSUES_PER_KIND)} ô khác: ${what}.` });
      }
    }
  }
}

/** One pass over a register's rows: the running sums, the statuses and the members met so far. */
class RegisterPass {
  readonly log = new IssueLog();
  readonly result: RegisterResult;
  readonly accumulators: Accumulator[] = [];
  readonly noName: string;
  private readonly origin: CellOrigin;
  private readonly sheetName: string | undefined;
  private readonly cols: RegisterLayout["columns"];
  private readonly headers: RegisterLayout["headers"];
  private readonly reclassified: Record<string, StatusCategory>;
  /** absolute sheet rows the user left out */
  private readonly excluded: ReadonlySet<number>;
  private readonly reportSerial: number;
  private readonly yearStartSerial: number;
  // Raw cells seen before are looked up by themselves: texts in objects without a prototype (V8
  // finds a repeated text there faster than in a Map), other values (numbers, Dates…) in Maps.
  // Statuses: raw cell → its entry and category index (classification done once per distinct text).
  private readonly statusByString: Record<string, StatusOfCell | undefined> = Object.create(null);
  private readonly statusByRaw = new Map<unknown, StatusOfCell>();
  private readonly statusByText = new Map<string, StatusCount>();
  // Members: raw name → accumulator; names differing only in case, diacritics or spacing are one.
  private readonly memberByString: Record<string, Accumulator | undefined> = Object.create(null);
  private readonly memberByRaw = new Map<unknown, Accumulator>();
  private readonly memberByKey = new Map<string, Accumulator>();
  // Date texts and Date values repeat (a register spans a few hundred days): each is read once.
  private readonly dayByString: Record<string, number | undefined> = Object.create(null);
  private readonly dayByTime = new Map<number, number>();
  // Folding every row's texts would dominate the pass: only short texts starting like "Tổng"/"Cộng"
  // are folded, once each.
  private readonly totalText = new Map<string, boolean>();
  /** the columns whose cells make a case row (all blank: a blank row) */
  private readonly caseCols: number[];
  private readonly dateCol: number;
  private readonly statusCol: number;
  private readonly amountCol: number;
  private readonly collectedCol: number;
  private readonly officerCol: number;
  /** -1 when the register has no decision-number column */
  private readonly decisionCol: number;
  rowsRead = 0;
  afterReportDate = 0;
  unclassified = 0;

  constructor(
    private readonly cells: unknown[][],
    layout: RegisterLayout,
    options: RegisterOptions,
    table: StatTable,
    private readonly groupBy: "officer" | "unit",
    private readonly groupCol: number,
  ) {
    this.origin = options.origin ?? layout.origin;
    this.sheetName = options.sheetName ?? layout.sheetName;
    this.cols = layout.columns;
    this.headers = layout.headers;
    this.reclassified = options.reclassified ?? {};
    this.excluded = new Set(options.excludedRows ?? []);
    this.noName = groupBy === "unit" ? "(Không ghi đơn vị)" : "(Không ghi Chấp hành viên)";
    this.result = { table, statuses: [], unclassified: 0, rowsRead: 0, afterReportDate: 0 };
    this.reportSerial = dateToSerial(options.reportDate);
    this.yearStartSerial = dateToSerial({ year: fiscalYearOf(options.reportDate) - 1, month: 10, day: 1 });
    const cols = this.cols;
    this.caseCols = [cols.officer, cols.status, cols.date, cols.amount, cols.collected, cols.unit, cols.decisionNumber].filter(
      (c): c is number => c !== undefined,
    );
    this.dateCol = cols.date;
    this.statusCol = cols.status;
    this.amountCol = cols.amount;
    this.collectedCol = cols.collected;
    this.officerCol = cols.officer;
    this.decisionCol = cols.decisionNumber ?? -1;
  }

  private addr(r: number, c: number): string {
    return sheetCellAddress(this.sheetName, r, c, this.origin);
  }

  private issue(kind: string, r: number, c: number, severity: Issue["severity"], message: string, what: string): void {
    const where = this.addr(r, c);
    this.log.add(kind, { where, message: `${where}: ${message}`, severity, row: r + this.origin.row, col: c + this.origin.col }, what);
  }

  private header(field: RegisterField): string {
    return this.headers[field] ?? "";
  }

  /** The status of a raw cell not seen yet (statusByString and statusByRaw have those seen). */
  private statusOf(raw: unknown, r: number): StatusOfCell {
    const trimmed = isBlankCell(raw) ? "" : String(raw).trim();
    const text = trimmed.replace(/\s+/g, " ");
    let entry = this.statusByText.get(text);
    if (!entry) {
      const reclassified = this.reclassified;
      // Keys saved before statuses were collapsed are the text as typed and trimmed.
      const key = hasOwn(reclassified, text) ? text : trimmed;
      const chosen = hasOwn(reclassified, key) ? reclassified[key] : undefined;
      const category = chosen !== undefined && hasOwn(INDEX, chosen) ? chosen : (classifyStatus(text) ?? null);
      entry = { text, category, count: 0 };
      this.statusByText.set(text, entry);
      this.result.statuses.push(entry);
      if (category === null) {
        const shown = text === "" ? "trống" : `"${text}"`;
        this.issue(`status:${text}`, r, this.statusCol, "error", `trạng thái ${shown} chưa được phân loại; hãy chọn loại cho trạng thái này.`, "trạng thái chưa phân loại");
      }
    }
    const status: StatusOfCell = { entry, index: entry.category === null ? -1 : INDEX[entry.category] };
    if (typeof raw === "string") this.statusByString[raw] = status;
    else this.statusByRaw.set(raw, status);
    return status;
  }

  /** The accumulator of a raw name cell not seen yet (memberByString and memberByRaw have those seen). */
  private memberOf(raw: unknown, r: number): Accumulator {
    const blank = isBlankCell(raw);
    const name = blank ? this.noName : String(raw).trim().replace(/\s+/g, " ");
    const key = blank ? "" : foldText(name);
    let acc = this.memberByKey.get(key);
    if (!acc) {
      acc = {
        name,
        where: this.addr(r, this.groupCol),
        carriedOver: 0,
        newlyAccepted: 0,
        carriedOverAmount: 0,
        newlyAcceptedAmount: 0,
        cases: new Float64Array(N),
        amount: new Float64Array(N),
        collected: new Float64Array(N),
        terminatedAmount: 0,
      };
      this.memberByKey.set(key, acc);
      this.accumulators.push(acc);
    }
    if (typeof raw === "string") this.memberByString[raw] = acc;
    else this.memberByRaw.set(raw, acc);
    return acc;
  }

  /** The day number (Excel serial) of a date cell other than a serial (a text, a Date…), or undefined after listing the problem. */
  private readDay(v: unknown, r: number): number | undefined {
    const c = this.dateCol;
    const time = v instanceof Date ? v.getTime() : undefined;
    const known = typeof v === "string" ? this.dayByString[v] : time === undefined ? undefined : this.dayByTime.get(time);
    if (known !== undefined) return known;
    if (isBlankCell(v)) {
      this.issue("dateBlank", r, c, "error", `thiếu ngày (${this.header("date")}): không xác định được kỳ báo cáo của việc này.`, "thiếu ngày");
      return undefined;
    }
    const parts = typeof v === "string" ? DMY_PARTS.exec(v) : null;
    if (parts && Number(parts[2]) > 12) {
      const swapped = Number(parts[1]) <= 12 ? " — có thể đã nhập theo thứ tự tháng/ngày" : "";
      this.issue("month", r, c, "error", `ngày "${v}" có tháng ${parts[2]} lớn hơn 12${swapped}; nhập theo ngày/tháng/năm.`, "tháng lớn hơn 12");
      return undefined;
    }
    const d = readDate(v, this.header("date") || "Ngày");
    if (isError(d)) {
      this.issue("date", r, c, "error", d.message, "ngày không đọc được");
      return undefined;
    }
    const day = dateToSerial(d);
    if (typeof v === "string") this.dayByString[v] = day;
    else if (time !== undefined) this.dayByTime.set(time, day);
    return day;
  }

  /** An amount cell in the register's unit; blank is 0; text numbers are read with a warning. */
  private readAmount(field: RegisterField, r: number): number {
    const c = this.cols[field]!;
    const v = this.cells[r][c];
    if (typeof v === "number" && v >= 0) return v;
    const n = readNumberCell(v);
    if (n === undefined) {
      this.issue(`nan:${field}`, r, c, "error", `"${String(v)}" không phải là số (${this.header(field)}).`, `không phải số (${this.header(field)})`);
      return 0;
    }
    if (n.value < 0) {
      this.issue(`negative:${field}`, r, c, "error", `số âm ${formatNumberVi(n.value)} (${this.header(field)}).`, "số âm");
      return 0;
    }
    if (n.fromText) {
      this.issue(`text:${field}`, r, c, "warning", `số "${String(v)}" được lưu dạng văn bản, đã đọc là ${formatNumberVi(n.value)}.`, "số lưu dạng văn bản");
    }
    return n.value;
  }

  /** One warning for a row the user left out, naming it by its member (and decision number). */
  private excludedRow(row: unknown[], r: number): void {
    const name = [row[this.groupCol], this.decisionCol >= 0 ? row[this.decisionCol] : undefined]
      .filter((v) => !isBlankCell(v))
      .map((v) => String(v).trim().replace(/\s+/g, " "))
      .join(", ");
    const message = renderProblem(excludedRowProblem(r + this.origin.row + 1, name || undefined), "vi");
    this.log.add("excluded", { where: this.addr(r, this.groupCol), message, severity: "warning", row: r + this.origin.row, col: this.groupCol + this.origin.col }, "dòng đã loại khỏi báo cáo");
  }

  /** Whether a cell is a total label ("Tổng cộng", "Cộng"): texts folded once each. */
  private isTotalLabel(v: unknown): boolean {
    if (typeof v !== "string" || v.length > 20 || !startsLikeTotal(v)) return false;
    let total = this.totalText.get(v);
    if (total === undefined) this.totalText.set(v, (total = TOTAL_LABELS.has(foldText(v))));
    return total;
  }

  /** officerKnown: the officer cell is known not to be a total label */
  private isTotalRow(row: unknown[], officerKnown: boolean): boolean {
    return (
      this.isTotalLabel(row[0]) ||
      (!officerKnown && this.isTotalLabel(row[this.officerCol])) ||
      (this.decisionCol >= 0 && this.isTotalLabel(row[this.decisionCol]))
    );
  }

  private isBlankRow(row: unknown[]): boolean {
    const caseCols = this.caseCols;
    for (let k = 0; k < caseCols.length; k++) if (!isBlank(row[caseCols[k]])) return false;
    return true;
  }

  /**
   * The rows from `first` on, each added to its member's sums. The usual cells (a serial date,
   * amounts as numbers, statuses and names seen before) are read here, with what every row needs
   * held in locals; the others by the methods above.
   */
  readRows(first: number): void {
    const { cells, dateCol, statusCol, groupCol, amountCol, collectedCol, reportSerial, yearStartSerial } = this;
    const { statusByString, statusByRaw, memberByString, memberByRaw, dayByString, noName, excluded } = this;
    const originRow = this.origin.row;
    const terminatedCol = this.cols.terminatedAmount;
    const groupsByOfficer = groupCol === this.officerCol;
    let rowsRead = 0;
    let afterReportDate = 0;
    let unclassified = 0;
    for (let r = first; r < cells.length; r++) {
      const row = cells[r];
      if (!row) continue;
      const dateCell = row[dateCol];
      // The date is one of the case columns: a row with a date is not blank, whatever else it holds.
      if (isBlank(dateCell) && this.isBlankRow(row)) continue;
      const nameCell = row[groupCol];
      const known = typeof nameCell === "string" ? memberByString[nameCell] : undefined;
      // A name already met in the officer column is not a total label: its row was not a total row.
      if (this.isTotalRow(row, known !== undefined && groupsByOfficer)) continue;
      if (excluded.size > 0 && excluded.has(r + originRow)) {
        this.excludedRow(row, r);
        continue;
      }
      rowsRead++;
      const day =
        typeof dateCell === "number" && dateCell >= 1 && dateCell < 2958466
          ? Math.floor(dateCell)
          : ((typeof dateCell === "string" ? dayByString[dateCell] : undefined) ?? this.readDay(dateCell, r));
      if (day !== undefined && day > reportSerial) {
        afterReportDate++;
        continue;
      }
      const statusCell = row[statusCol];
      const status = (typeof statusCell === "string" ? statusByString[statusCell] : statusByRaw.get(statusCell)) ?? this.statusOf(statusCell, r);
      status.entry.count++;
      const i = status.index;
      if (i < 0) unclassified++;
      if (day === undefined) continue;

      const acc = known ?? (typeof nameCell === "string" ? undefined : memberByRaw.get(nameCell)) ?? this.memberOf(nameCell, r);
      if (acc.name === noName) {
        const whom = this.groupBy === "unit" ? "đơn vị" : "Chấp hành viên";
        this.issue("noMember", r, groupCol, "warning", `việc không ghi ${whom}: tính vào "${noName}".`, "không ghi tên");
      }
      const amountCell = row[amountCol];
      const amount = typeof amountCell === "number" && amountCell >= 0 ? amountCell : this.readAmount("amount", r);
      const collectedCell = row[collectedCol];
      const collected = typeof collectedCell === "number" && collectedCell >= 0 ? collectedCell : this.readAmount("collected", r);
      if (collected > amount) {
        this.issue("over", r, collectedCol, "warning", `số đã thu ${formatNumberVi(collected)} lớn hơn số phải thi hành ${formatNumberVi(amount)}: kiểm tra lại cột.`, "đã thu lớn hơn phải thi hành");
      }
      if (day < yearStartSerial) {
        acc.carriedOver++;
        acc.carriedOverAmount += amount;
      } else {
        acc.newlyAccepted++;
        acc.newlyAcceptedAmount += amount;
      }
      if (i < 0) continue;
      acc.cases[i]++;
      acc.amount[i] += amount;
      acc.collected[i] += collected;
      if (i === TERMINATED) {
        const filled = terminatedCol !== undefined && !isBlankCell(row[terminatedCol]);
        acc.terminatedAmount += filled ? this.readAmount("terminatedAmount", r) : Math.max(0, amount - collected);
      }
    }
    this.rowsRead = rowsRead;
    this.afterReportDate = afterReportDate;
    this.unclassified = unclassified;
  }
}

export function aggregateRegister(cells: unknown[][], layout: RegisterLayout, options: RegisterOptions): RegisterResult {
  const sheetName = options.sheetName ?? layout.sheetName;
  const groupBy = options.groupBy ?? "officer";
  const inDong = (options.moneyUnit ?? layout.moneyUnit) === "dong";
  const eligible = new Set(options.eligibleCategories ?? DEFAULT_ELIGIBLE);

  const issues: Issue[] = [];
  const table: StatTable = { memberKind: groupBy, members: [], issues };
  if (layout.office !== undefined) table.office = layout.office;
  const groupCol = groupBy === "unit" ? layout.columns.unit : layout.columns.officer;
  if (groupCol === undefined) {
    issues.push({ where: sheetName ?? "", severity: "error", message: "Sổ theo dõi không có cột Đơn vị: không tổng hợp theo đơn vị được." });
    return { table, statuses: [], unclassified: 0, rowsRead: 0, afterReportDate: 0 };
  }

  const pass = new RegisterPass(cells, layout, options, table, groupBy, groupCol);
  table.issues = pass.log.issues;
  pass.readRows(layout.firstDataRow);

  const result = pass.result;
  result.rowsRead = pass.rowsRead;
  result.afterReportDate = pass.afterReportDate;
  result.unclassified = pass.unclassified;
  table.members = membersOf(pass.accumulators, eligible, inDong, pass.noName);
  pass.log.finish(sheetName ?? "");
  return result;
}

/**
 * The members in name order, the one for rows without a name last. A function of its own: the
 * array work here once sent the whole of aggregateRegister, loop included, back to unoptimised code.
 */
function membersOf(accumulators: Accumulator[], eligible: ReadonlySet<StatusCategory>, inDong: boolean, noName: string): Member[] {
  const money = inDong ? (x: number) => Math.round(x / 1000) : clean;
  return accumulators
    .map((acc) => toMember(acc, eligible, money))
    .sort((a, b) => (a.name === noName ? 1 : b.name === noName ? -1 : a.name.localeCompare(b.name, "vi")));
}

function toMember(acc: Accumulator, eligible: ReadonlySet<StatusCategory>, money: (x: number) => number): Member {
  const cases: Figures = {};
  const m: Figures = {};
  const carriedOver = money(acc.carriedOverAmount);
  const newlyAccepted = money(acc.newlyAcceptedAmount);
  const amount = STATUS_CATEGORIES.map((c) => money(acc.amount[INDEX[c]]));
  const collected = STATUS_CATEGORIES.map((c) => money(acc.collected[INDEX[c]]));
  const n = (c: StatusCategory) => acc.cases[INDEX[c]];
  const owed = (c: StatusCategory) => clean(amount[INDEX[c]] - collected[INDEX[c]]);
  const sumOver = (values: number[]) => clean(STATUS_CATEGORIES.reduce((s, c) => (eligible.has(c) ? s + values[INDEX[c]] : s), 0));

  cases.carriedOver = acc.carriedOver;
  cases.newlyAccepted = acc.newlyAccepted;
  cases.accepted = acc.carriedOver + acc.newlyAccepted;
  cases.delegatedOut = n("delegatedOut");
  cases.revoked = n("revoked");
  cases.mustEnforce = cases.accepted - cases.delegatedOut - cases.revoked;
  cases.eligible = STATUS_CATEGORIES.reduce((s, c) => (eligible.has(c) ? s + n(c) : s), 0);
  for (const c of ["completed", "terminated", "inProgress", "postponed", "suspended", "notEligible"] as const) cases[c] = n(c);

  m.carriedOver = carriedOver;
  m.newlyAccepted = newlyAccepted;
  m.accepted = clean(carriedOver + newlyAccepted);
  m.delegatedOut = amount[INDEX.delegatedOut];
  m.revoked = amount[INDEX.revoked];
  m.mustEnforce = clean(m.accepted - m.delegatedOut - m.revoked);
  m.eligible = sumOver(amount);
  m.completed = sumOver(collected);
  m.terminated = money(acc.terminatedAmount);
  for (const c of ["inProgress", "postponed", "suspended", "notEligible"] as const) m[c] = owed(c);

  return { name: acc.name, where: acc.where, cases, money: m };
}

