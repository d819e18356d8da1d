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
  statisticsHiddenRowsCounted: (p: { count: number; rows: number[]; more: number }) =>
    `${f.number(p.count)} dòng bị ẩn hoặc bị lọc vẫn được tính (như hàm SUM tính): dòng ${rowList(p)}. ` +
    `Muốn bỏ các dòng này, chọn "Bỏ các dòng ẩn" (lệnh: --skip-hidden).`,
  statisticsHiddenRowsSkipped: (p: { count: number; rows: number[]; more: number }) =>
    `${f.number(p.count)} dòng bị ẩn hoặc bị lọc không được tính, theo lựa chọn bỏ các dòng ẩn: dòng ${rowList(p)}.`,
  statisticsRangeEmpty: (p: { range: string; sheet: string; used: string }) =>
    `Vùng ${p.range} không có ô nào có dữ liệu của trang "${p.sheet}"` + (p.used ? ` (dữ liệu nằm trong ${p.used}).` : " (trang trống)."),
  statisticsDate1904: (_p: Record<string, never>) =>
    "Tệp dùng hệ ngày 1904 (tệp làm trên máy Mac): các ngày ghi bằng số đã được đọc theo hệ ngày đó.",
  statisticsDateSystemAssumed: (_p: Record<string, never>) =>
    "Không xác định được hệ ngày của sổ (1900 hay 1904): các ngày ghi bằng số được đọc theo hệ 1900 của Excel trên Windows; " +
    "nếu sổ làm trên máy Mac với hệ 1904, các ngày sẽ lệch 4 năm.",
};

const rowList = (p: { rows: number[]; more: number }) => `${p.rows.join(", ")}${p.more > 0 ? ` và ${f.number(p.more)} dòng khác` : ""}`;

export const words = {};
