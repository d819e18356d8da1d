import type { CivilDate } from "../periods";
import type { Lang } from "../../i18n/lang";

export type { Lang } from "../../i18n/lang";

/** What the user chose for the report (pane or `thads report` command). */
export interface ReportOptions {
  /** Office name for the title; defaults to the one read from the table's title rows */
  office?: string;
  /** Report date: the period is the statistical year up to the end of this date's month */
  reportDate: CivilDate;
  /** Targets as fractions (0.815 for 81,5%); a member's own "Chỉ tiêu" column overrides them */
  targets: { cases: number; money: number };
  /** Wanted sheet name; default "Báo cáo 11 tháng 2021". Made valid and unique against existingSheetNames */
  sheetName?: string;
  /** Names already in the workbook, so that no sheet is overwritten */
  existingSheetNames?: string[];
  lang?: Lang;
  /** Whether terminated money (đình chỉ) counts as done; default true (DOMAIN.md: an open point) */
  countTerminatedMoney?: boolean;
  /** the day the report is made: a report date after it or long before it is warned about; unknown, no warning */
  today?: CivilDate;
}
