/**
 * Aggregating a case register into the statistics table every report is built from: one member per
 * officer (or per unit), with the figures of DOMAIN.md counted from one row per case. One pass over
 * the rows; repeated texts (statuses, names) are looked up once.
 *
 * Rules, per member:
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
import { Figures, Issue, Member, StatTable } from "../table/model";
import { cellAddress, foldText } from "../text";
import { CellOrigin, RegisterField, RegisterLayout } from "./recognize";
import { classifyStatus, DEFAULT_ELIGIBLE, STATUS_CATEGORIES, StatusCategory } from "./status";

export interface RegisterOptions {
  reportDate: CivilDate;
  /** the user's classification of status texts (keys as in RegisterResult.statuses[].text) */
  reclassified?: Record<string, StatusCategory>;
  /** categories counted as "có điều kiện"; DEFAULT_ELIGIBLE when absent */
  eligibleCategories?: readonly StatusCategory[];
  groupBy?: "officer" | "unit";
  /** overrides the unit recognised from the headers */
  moneyUnit?: "dong" | "thousand";
  sheetName?: string;
  origin?: CellOrigin;
}

export interface StatusCount {
  /** the status as typed (trimmed); "" for rows with no status */
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
  /** case rows read (blank and total rows skipped) */
  rowsRead: number;
  /** rows left out because they are dated after the report date */
  afterReportDate: number;
}

const N = STATUS_CATEGORIES.length;
const INDEX = Object.fromEntries(STATUS_CATEGORIES.map((c, i) => [c, i])) as Record<StatusCategory, number>;

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

export function aggregateRegister(cells: unknown[][], layout: RegisterLayout, options: RegisterOptions): RegisterResult {
  const origin = options.origin ?? layout.origin;
  const sheetName = options.sheetName ?? layout.sheetName;
  const groupBy = options.groupBy ?? "officer";
  const inDong = (options.moneyUnit ?? layout.moneyUnit) === "dong";
  const eligible = new Set(options.eligibleCategories ?? DEFAULT_ELIGIBLE);
  const reclassified = options.reclassified ?? {};
  const cols = layout.columns;
  const log = new IssueLog();

  const addr = (r: number, c: number) => {
    const a = cellAddress(r, c, origin.row, origin.col);
    return sheetName ? `${sheetName}!${a}` : a;
  };
  const issue = (kind: string, r: number, c: number, severity: Issue["severity"], message: string, what: string) => {
    const where = addr(r, c);
    log.add(kind, { where, message: `${where}: ${message}`, severity, row: r + origin.row, col: c + origin.col }, what);
  };
  const header = (field: RegisterField) => layout.headers[field] ?? "";

  const table: StatTable = { memberKind: groupBy, members: [], issues: log.issues };
  if (layout.office !== undefined) table.office = layout.office;
  const result: RegisterResult = { table, statuses: [], unclassified: 0, rowsRead: 0, afterReportDate: 0 };
  const groupCol = groupBy === "unit" ? cols.unit : cols.officer;
  if (groupCol === undefined) {
    log.issues.push({ where: sheetName ?? "", severity: "error", message: "Sổ theo dõi không có cột Đơn vị: không tổng hợp theo đơn vị được." });
    return result;
  }

  const reportSerial = dateToSerial(options.reportDate);
  const yearStartSerial = dateToSerial({ year: fiscalYearOf(options.reportDate) - 1, month: 10, day: 1 });

  // Statuses: raw cell text → its entry (classification done once per distinct text).
  const statusByRaw = new Map<unknown, StatusCount>();
  const statusByText = new Map<string, StatusCount>();
  const statusEntry = (raw: unknown, r: number): StatusCount => {
    let entry = statusByRaw.get(raw);
    if (entry) return entry;
    const text = isBlankCell(raw) ? "" : String(raw).trim();
    entry = statusByText.get(text);
    if (!entry) {
      const chosen = hasOwn(reclassified, text) ? reclassified[text] : undefined;
      const category = chosen !== undefined && hasOwn(INDEX, chosen) ? chosen : (classifyStatus(text) ?? null);
      entry = { text, category, count: 0 };
      statusByText.set(text, entry);
      result.statuses.push(entry);
      if (category === null) {
        const shown = text === "" ? "trống" : `"${text}"`;
        issue(`status:${text}`, r, cols.status, "error", `trạng thái ${shown} chưa được phân loại; hãy chọn loại cho trạng thái này.`, "trạng thái chưa phân loại");
      }
    }
    statusByRaw.set(raw, entry);
    return entry;
  };

  // Members: raw name → accumulator; names differing only in case, diacritics or spacing are one.
  const memberByRaw = new Map<unknown, Accumulator>();
  const memberByKey = new Map<string, Accumulator>();
  const accumulators: Accumulator[] = [];
  const noName = groupBy === "unit" ? "(Không ghi đơn vị)" : "(Không ghi Chấp hành viên)";
  const memberOf = (raw: unknown, r: number): Accumulator => {
    let acc = memberByRaw.get(raw);
    if (acc) return acc;
    const blank = isBlankCell(raw);
    const name = blank ? noName : String(raw).trim().replace(/\s+/g, " ");
    const key = blank ? "" : foldText(name);
    acc = memberByKey.get(key);
    if (!acc) {
      acc = {
        name,
        where: addr(r, groupCol),
        carriedOver: 0,
        newlyAccepted: 0,
        carriedOverAmount: 0,
        newlyAcceptedAmount: 0,
        cases: new Float64Array(N),
        amount: new Float64Array(N),
        collected: new Float64Array(N),
        terminatedAmount: 0,
      };
      memberByKey.set(key, acc);
      accumulators.push(acc);
    }
    memberByRaw.set(raw, acc);
    return acc;
  };

  /** The day number (Excel serial) of a date cell, or undefined after listing the problem. */
  const readDay = (v: unknown, r: number): number | undefined => {
    const c = cols.date;
    if (typeof v === "number" && v >= 1 && v < 2958466) return Math.floor(v);
    if (isBlankCell(v)) {
      issue("dateBlank", r, c, "error", `thiếu ngày (${header("date")}): không xác định được kỳ báo cáo của việc này.`, "thiếu ngày");
      return undefined;
    }
    const parts = typeof v === "string" ? DMY_PARTS.exec(v) : null;
    if (parts && Number(parts[2]) > 12) {
      const swapped = Number(parts[1]) <= 12 ? " — có thể đã nhập theo thứ tự tháng/ngày" : "";
      issue("month", r, c, "error", `ngày "${v}" có tháng ${parts[2]} lớn hơn 12${swapped}; nhập theo ngày/tháng/năm.`, "tháng lớn hơn 12");
      return undefined;
    }
    const d = readDate(v, header("date") || "Ngày");
    if (isError(d)) {
      issue("date", r, c, "error", d.message, "ngày không đọc được");
      return undefined;
    }
    return dateToSerial(d);
  };

  /** An amount cell in the register's unit; blank is 0; text numbers are read with a warning. */
  const readAmount = (field: RegisterField, r: number): number => {
    const c = cols[field]!;
    const v = cells[r][c];
    if (typeof v === "number" && v >= 0) return v;
    const n = readNumberCell(v);
    if (n === undefined) {
      issue(`nan:${field}`, r, c, "error", `"${String(v)}" không phải là số (${header(field)}).`, `không phải số (${header(field)})`);
      return 0;
    }
    if (n.value < 0) {
      issue(`negative:${field}`, r, c, "error", `số âm ${formatNumberVi(n.value)} (${header(field)}).`, "số âm");
      return 0;
    }
    if (n.fromText) {
      issue(`text:${field}`, r, c, "warning", `số "${String(v)}" được lưu dạng văn bản, đã đọc là ${formatNumberVi(n.value)}.`, "số lưu dạng văn bản");
    }
    return n.value;
  };

  // Folding every row's texts would dominate the pass: only short texts starting like "Tổng"/"Cộng"
  // are folded, once each.
  const totalText = new Map<string, boolean>();
  const isTotalLabel = (v: unknown) => {
    if (typeof v !== "string" || v.length > 20 || !TOTAL_START.test(v)) return false;
    let total = totalText.get(v);
    if (total === undefined) totalText.set(v, (total = TOTAL_LABELS.has(foldText(v))));
    return total;
  };
  const isTotalRow = (row: unknown[]) =>
    isTotalLabel(row[0]) || isTotalLabel(row[cols.officer]) || (cols.decisionNumber !== undefined && isTotalLabel(row[cols.decisionNumber]));
  const caseCols = [cols.officer, cols.status, cols.date, cols.amount, cols.collected, cols.unit, cols.decisionNumber];

  for (let r = layout.firstDataRow; r < cells.length; r++) {
    const row = cells[r];
    if (!row || caseCols.every((c) => c === undefined || isBlankCell(row[c])) || isTotalRow(row)) continue;
    result.rowsRead++;
    const day = readDay(row[cols.date], r);
    if (day !== undefined && day > reportSerial) {
      result.afterReportDate++;
      continue;
    }
    const status = statusEntry(row[cols.status], r);
    status.count++;
    if (status.category === null) result.unclassified++;
    if (day === undefined) continue;

    const acc = memberOf(row[groupCol], r);
    if (acc.name === noName) {
      issue("noMember", r, groupCol, "warning", `việc không ghi ${groupBy === "unit" ? "đơn vị" : "Chấp hành viên"}: tính vào "${noName}".`, "không ghi tên");
    }
    const amount = readAmount("amount", r);
    const collected = readAmount("collected", r);
    if (collected > amount) {
      issue("over", r, cols.collected, "warning", `số đã thu ${formatNumberVi(collected)} lớn hơn số phải thi hành ${formatNumberVi(amount)}: kiểm tra lại cột.`, "đã thu lớn hơn phải thi hành");
    }
    if (day < yearStartSerial) {
      acc.carriedOver++;
      acc.carriedOverAmount += amount;
    } else {
      acc.newlyAccepted++;
      acc.newlyAcceptedAmount += amount;
    }
    if (status.category === null) continue;
    const i = INDEX[status.category];
    acc.cases[i]++;
    acc.amount[i] += amount;
    acc.collected[i] += collected;
    if (status.category === "terminated") {
      const filled = cols.terminatedAmount !== undefined && !isBlankCell(row[cols.terminatedAmount]);
      acc.terminatedAmount += filled ? readAmount("terminatedAmount", r) : Math.max(0, amount - collected);
    }
  }

  const money = inDong ? (x: number) => Math.round(x / 1000) : clean;
  table.members = accumulators
    .map((acc) => toMember(acc, eligible, money))
    .sort((a, b) => (a.name === noName ? 1 : b.name === noName ? -1 : a.name.localeCompare(b.name, "vi")));
  log.finish(sheetName ?? "");
  return result;
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

