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
const TERMINATED = INDEX.terminated;

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

/** TOTAL_START.test(v), with the expression run only on texts starting with white space. */
function startsLikeTotal(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c === 0x74 || c === 0x54 || c === 0x63 || c === 0x43) return true;
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

  // Statuses: raw cell text → its entry and category index (classification done once per distinct text).
  const statusByRaw = new Map<unknown, { entry: StatusCount; index: number }>();
  const statusByText = new Map<string, StatusCount>();
  /** The status of a raw cell not seen yet (statusByRaw has those seen). */
  const statusOf = (raw: unknown, r: number): { entry: StatusCount; index: number } => {
    const text = isBlankCell(raw) ? "" : String(raw).trim();
    let entry = statusByText.get(text);
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
    const status = { entry, index: entry.category === null ? -1 : INDEX[entry.category] };
    statusByRaw.set(raw, status);
    return status;
  };

  // Members: raw name → accumulator; names differing only in case, diacritics or spacing are one.
  const memberByRaw = new Map<unknown, Accumulator>();
  const memberByKey = new Map<string, Accumulator>();
  const accumulators: Accumulator[] = [];
  const noName = groupBy === "unit" ? "(Không ghi đơn vị)" : "(Không ghi Chấp hành viên)";
  /** The accumulator of a raw name cell not seen yet (memberByRaw has those seen). */
  const memberOf = (raw: unknown, r: number): Accumulator => {
    const blank = isBlankCell(raw);
    const name = blank ? noName : String(raw).trim().replace(/\s+/g, " ");
    const key = blank ? "" : foldText(name);
    let acc = memberByKey.get(key);
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

  // Date texts and Date values repeat (a register spans a few hundred days): each is read once.
  const dayOf = new Map<string | number, number>();
  /** The day number (Excel serial) of a date cell other than a serial (a text, a Date…), or undefined after listing the problem. */
  const readDay = (v: unknown, r: number): number | undefined => {
    const c = cols.date;
    const key = typeof v === "string" ? v : v instanceof Date ? v.getTime() : undefined;
    const known = key === undefined ? undefined : dayOf.get(key);
    if (known !== undefined) return known;
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
    const day = dateToSerial(d);
    if (key !== undefined) dayOf.set(key, day);
    return day;
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
    if (typeof v !== "string" || v.length > 20 || !startsLikeTotal(v)) return false;
    let total = totalText.get(v);
    if (total === undefined) totalText.set(v, (total = TOTAL_LABELS.has(foldText(v))));
    return total;
  };
  const isTotalRow = (row: unknown[]) =>
    isTotalLabel(row[0]) || isTotalLabel(row[cols.officer]) || (cols.decisionNumber !== undefined && isTotalLabel(row[cols.decisionNumber]));
  const caseCols = [cols.officer, cols.status, cols.date, cols.amount, cols.collected, cols.unit, cols.decisionNumber].filter(
    (c): c is number => c !== undefined,
  );
  const isBlankRow = (row: unknown[]) => {
    for (const c of caseCols) if (!isBlank(row[c])) return false;
    return true;
  };

  // Read once here rather than on every row through the closures' scope.
  const { date: dateCol, status: statusCol, amount: amountCol, collected: collectedCol } = cols;
  let rowsRead = 0;
  let afterReportDate = 0;
  let unclassified = 0;
  for (let r = layout.firstDataRow; r < cells.length; r++) {
    const row = cells[r];
    if (!row || isBlankRow(row) || isTotalRow(row)) continue;
    rowsRead++;
    // The usual cells (a serial date, amounts as numbers) are read here; the others by the functions.
    const dateCell = row[dateCol];
    const day = typeof dateCell === "number" && dateCell >= 1 && dateCell < 2958466 ? Math.floor(dateCell) : readDay(dateCell, r);
    if (day !== undefined && day > reportSerial) {
      afterReportDate++;
      continue;
    }
    const statusCell = row[statusCol];
    const { entry: status, index: i } = statusByRaw.get(statusCell) ?? statusOf(statusCell, r);
    status.count++;
    if (i < 0) unclassified++;
    if (day === undefined) continue;

    const nameCell = row[groupCol];
    const acc = memberByRaw.get(nameCell) ?? memberOf(nameCell, r);
    if (acc.name === noName) {
      issue("noMember", r, groupCol, "warning", `việc không ghi ${groupBy === "unit" ? "đơn vị" : "Chấp hành viên"}: tính vào "${noName}".`, "không ghi tên");
    }
    const amountCell = row[amountCol];
    const amount = typeof amountCell === "number" && amountCell >= 0 ? amountCell : readAmount("amount", r);
    const collectedCell = row[collectedCol];
    const collected = typeof collectedCell === "number" && collectedCell >= 0 ? collectedCell : readAmount("collected", r);
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
    if (i < 0) continue;
    acc.cases[i]++;
    acc.amount[i] += amount;
    acc.collected[i] += collected;
    if (i === TERMINATED) {
      const filled = cols.terminatedAmount !== undefined && !isBlankCell(row[cols.terminatedAmount]);
      acc.terminatedAmount += filled ? readAmount("terminatedAmount", r) : Math.max(0, amount - collected);
    }
  }

  result.rowsRead = rowsRead;
  result.afterReportDate = afterReportDate;
  result.unclassified = unclassified;
  table.members = membersOf(accumulators, eligible, inDong, noName);
  log.finish(sheetName ?? "");
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

