/**
 * The plain statistics table every source ends in: a statistics sheet after recognition, or a case
 * register after aggregation. The report is built from this and nothing else.
 */

import type { Problem } from "../../i18n/problem";

/** Về việc (by number of cases) / Về tiền (by money, nghìn đồng). */
export type Measure = "cases" | "money";
export const MEASURES: readonly Measure[] = ["cases", "money"];

/** Categories of DOMAIN.md, with their suggested code names. */
export type Category =
  | "carriedOver" // Năm trước chuyển sang / số cũ
  | "newlyAccepted" // Thụ lý mới
  | "accepted" // Tổng số thụ lý
  | "delegatedOut" // Ủy thác
  | "revoked" // Thu hồi, hủy quyết định
  | "mustEnforce" // Tổng số phải thi hành
  | "eligible" // Có điều kiện thi hành
  | "completed" // Thi hành xong
  | "terminated" // Đình chỉ thi hành án
  | "inProgress" // Đang thi hành
  | "postponed" // Hoãn thi hành án
  | "suspended" // Tạm đình chỉ
  | "notEligible" // Chưa có điều kiện thi hành
  | "backlog" // Chuyển kỳ sau
  | "target"; // Chỉ tiêu (a percentage)

/** What the members of a table are: officers (Chấp hành viên) or units (Đơn vị). */
export type MemberKind = "officer" | "unit";
/** The money unit of a source: đồng, or nghìn đồng (the unit of the forms). */
export type MoneyUnit = "dong" | "thousand";

export type Figures = Partial<Record<Category, number>>;

export type Severity = "warning" | "error";

/** One figure's cell, as problems about it name it: whose figure, of which category and measure. */
export interface FigureCell {
  cell: string;
  member: string;
  measure: Measure;
  category: Category;
}

/** The identities of DOMAIN.md a member's row is checked against, named by what they work out. */
export type Identity =
  | "accepted" // carriedOver + newlyAccepted
  | "mustEnforce" // accepted − delegatedOut − revoked
  | "split" // eligible + notEligible (= mustEnforce)
  | "backlog"; // mustEnforce − (completed + terminated)

/** Why a layout cannot give a report: a column missing, or eligible and completed in different measures. */
export type LayoutGap = "eligible" | "completed" | "apart" | "name";

/**
 * Where a problem was found and what it is. `where` is "Sheet1!C7" (written by core/address.ts).
 * The problem is a code with parameters that the edges render in the user's language (issueText).
 */
export interface Issue {
  where: string;
  problem: Problem;
  severity: Severity;
  /** 0-based position in the source sheet (absolute), so the pane can select the cell */
  row?: number;
  col?: number;
}

/** One officer (Chấp hành viên) or unit (Đơn vị): one row of the statistics table. */
export interface Member {
  name: string;
  /** Sheet!A1 address of the member's row label, for messages */
  where?: string;
  cases: Figures;
  money: Figures;
}

export interface StatTable {
  /** What the members are: officers or units; used for the report's column heading */
  memberKind: MemberKind;
  members: Member[];
  /** The total row found in the source, if any: compared with the recomputed total */
  sheetTotal?: Member;
  issues: Issue[];
  /** The office name read from title rows, if any */
  office?: string;
  /** How the table was read, for the report's notes: money converted from đồng, or its unit assumed */
  notes?: Problem[];
  /** "register" when aggregated from a case register: its report gets the full statistics table sheet */
  source?: "register";
  /** the sheet (and the file, where the front end read one) the table was read from, for messages on the whole table */
  readFrom?: { sheet: string; file?: string };
}
