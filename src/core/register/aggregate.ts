/**
 * Aggregating a case register into the statistics table every report is built from: one member per
 * officer (or per unit), with the figures of DOMAIN.md counted from one row per case. One pass over
 * the rows (pass.ts); repeated texts (statuses, names) are looked up once.
 *
 * Rules, per member:
 * - Rows the user excluded (excludedRows) are left out entirely, each with one warning saying so.
 * - Statuses are grouped by their text with white space collapsed (" Đình  chỉ " is "Đình chỉ").
 * - Rows dated after the report date are left out. Rows dated before 1 October of the report's
 *   statistical year are carried over (carriedOver), the others newly accepted (newlyAccepted).
 * - With a result-date column (Ngày kết thúc …) the state of each case is the one at the report
 *   date D (statistical year from S = 1 October before D): a case in a closing category
 *   (completed, terminated, delegatedOut, revoked) that ended before S belongs to an earlier year
 *   and is left out entirely; one that ended after D was still open at D: in progress, nothing
 *   collected. Without the column the statuses are taken as they stand today, and a warning says so.
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
import { problem } from "../../i18n/problem";
import type { CivilDate } from "../periods";
import type { Issue, MemberKind, MoneyUnit, StatTable } from "../table/model";
import { membersOf } from "./members";
import { RegisterPass } from "./pass";
import type { Origin } from "../grid";
import type { RegisterLayout } from "./recognize";
import { DEFAULT_ELIGIBLE, type StatusCategory } from "./status";
import type { StatusCount } from "./statusIndex";
import { todayOf } from "../today";

export type { StatusCount } from "./statusIndex";

export interface RegisterOptions {
  reportDate: CivilDate;
  /** the day accepted dates are checked against; the system's date when absent */
  today?: CivilDate;
  /**
   * the user's classification of status texts (keys as in RegisterResult.statuses[].text, white
   * space collapsed; a key saved as typed and trimmed is still honoured)
   */
  reclassified?: Record<string, StatusCategory>;
  /** categories counted as "có điều kiện"; DEFAULT_ELIGIBLE when absent */
  eligibleCategories?: readonly StatusCategory[];
  groupBy?: MemberKind;
  /** overrides the unit recognised from the headers */
  moneyUnit?: MoneyUnit;
  sheetName?: string;
  origin?: Origin;
  /** absolute 0-based sheet rows (grid row + origin.row, as Issue.row) left out of the report */
  excludedRows?: readonly number[];
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
  /** closed cases left out because they ended before the statistical year (result date before S) */
  earlierYear: number;
}

export function aggregateRegister(cells: unknown[][], layout: RegisterLayout, options: RegisterOptions): RegisterResult {
  const sheetName = options.sheetName ?? layout.sheetName;
  const memberKind = options.groupBy ?? "officer";
  const inDong = (options.moneyUnit ?? layout.moneyUnit) === "dong";
  const eligible = new Set(options.eligibleCategories ?? DEFAULT_ELIGIBLE);

  const issues: Issue[] = [];
  const table: StatTable = { memberKind, members: [], issues, source: "register" };
  if (layout.office !== undefined) table.office = layout.office;
  const groupCol = memberKind === "unit" ? layout.columns.unit : layout.columns.officer;
  if (groupCol === undefined) {
    issues.push({ where: sheetName ?? "", severity: "error", problem: problem("registerNoUnitColumn", {}) });
    return { table, statuses: [], unclassified: 0, rowsRead: 0, afterReportDate: 0, earlierYear: 0 };
  }

  const pass = new RegisterPass(cells, layout, {
    reportDate: options.reportDate,
    today: options.today ?? todayOf(undefined),
    reclassified: options.reclassified ?? {},
    memberKind,
    groupCol,
    sheetName,
    origin: options.origin ?? layout.origin,
    excluded: new Set(options.excludedRows ?? []),
  });
  pass.readRows(layout.firstDataRow);
  // Millions read as thousands (or as đồng) would be wrong a thousand times over: no choice makes them right.
  const unreadable = layout.moneyUnitUnreadable;
  if (unreadable) {
    const p = problem("registerMoneyUnitUnreadable", { cell: pass.log.addr(unreadable.row, unreadable.col), text: unreadable.text });
    pass.log.addAt(unreadable.row, unreadable.col, "error", p);
  }
  table.members = membersOf(pass.members.accumulators, eligible, inDong, pass.members.noName);
  pass.log.finish();
  // Without result dates a case closed in an earlier year, or after the report date, cannot be told.
  if (layout.columns.resultDate === undefined) pass.log.addSheet("warning", problem("registerNoResultDate", {}));
  table.issues = pass.log.issues;
  const { rowsRead, afterReportDate, unclassified, earlierYear } = pass;
  return { table, statuses: pass.statuses.statuses, unclassified, rowsRead, afterReportDate, earlierYear };
}
