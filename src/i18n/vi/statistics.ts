/**
 * Vietnamese texts of the statistics area: what the one step from a sheet to its statistics table
 * (core/statistics.ts) says of the sheet as a whole. Problem codes start with "statistics".
 */
import { FORMATS } from "../format";
import type { CivilDate } from "../../core/periods";

const f = FORMATS.vi;

export const problems = {
  statisticsAllAfterReportDate: (p: { count: number; reportDate: CivilDate; dateKind: "accepted" | "decision" }) =>
    `${f.number(p.count)} việc đều có ${p.dateKind === "accepted" ? "ngày thụ lý" : "ngày ra quyết định"} sau ${f.date(p.reportDate)}: kiểm tra ngày báo cáo.`,
};

export const words = {};
