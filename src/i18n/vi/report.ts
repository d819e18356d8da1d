/** Vietnamese texts of the report area: the words of the report sheet, and its problems. */
import { formatDateVi, formatNumberVi, formatPercentVi, formatValueVi } from "../../core/format";
import type { CivilDate, Period } from "../../core/periods";
import type { TotalDifference } from "../../core/report/figures";
import type { Measure } from "../../core/table/model";
import { words as table } from "./table";

const measure = (m: Measure) => table.measures[m].toLowerCase();
const difference = (d: TotalDifference) =>
  `${measure(d.measure)}, ${table.categories[d.category].toLowerCase()}: ${formatNumberVi(d.sheet)} (bảng nguồn) / ${formatNumberVi(d.computed)} (tính lại)`;
/** A value the user gave, as given: a number in Vietnamese, anything else as it is. */
const given = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? formatNumberVi(v) : String(v));

export const problems = {
  reportTargetInvalid: (p: { measure: Measure; value: number }) =>
    `Chỉ tiêu ${measure(p.measure)} "${given(p.value)}" không hợp lệ: cần một tỷ lệ từ 0% đến 100%.`,
  reportTargetImplausible: (p: { measure: Measure; value: number; lowest: number }) =>
    `Chỉ tiêu ${measure(p.measure)} ${formatPercentVi(p.value)} thấp bất thường (dưới ${formatPercentVi(p.lowest)}): ` +
    `kiểm tra lại (81,5% nhập là 81,5 hoặc 0,815).`,
  reportDateInFuture: (p: { reportDate: CivilDate; today: CivilDate; years: number }) =>
    `Ngày báo cáo ${formatDateVi(p.reportDate)} sau hôm nay (${formatDateVi(p.today)}): kiểm tra lại ngày báo cáo.`,
  reportDateLongAgo: (p: { reportDate: CivilDate; today: CivilDate; years: number }) =>
    `Ngày báo cáo ${formatDateVi(p.reportDate)} cách hôm nay (${formatDateVi(p.today)}) hơn ${p.years} năm: kiểm tra lại ngày báo cáo.`,
  reportNoMembers: (p: { sheet?: string; file?: string }) =>
    `Bảng${p.sheet ? ` ở trang "${p.sheet}"` : ""}${p.file ? ` của tệp ${p.file}` : ""} không có dòng số liệu nào (chấp hành viên hoặc đơn vị)` +
    (p.sheet ? ": kiểm tra trang tính, vùng đã chọn và ngày báo cáo." : "."),
  reportSheetTotalMismatch: (p: { cell: string; differences: TotalDifference[] }) =>
    `Dòng tổng của bảng nguồn${p.cell ? ` (${p.cell})` : ""} khác tổng tính lại từ các dòng: ` +
    `${p.differences.map(difference).join("; ")}. Báo cáo dùng tổng tính lại.`,
  reportRateAbove100: (p: { member: string; measure: Measure; done: number; eligible: number }) =>
    `${p.member} (${measure(p.measure)}): Số thi hành xong + đình chỉ (${formatValueVi(p.done)}) lớn hơn số có điều kiện ` +
    `(${formatValueVi(p.eligible)}).`,
  reportMemberTargetInvalid: (p: { member: string; measure: Measure; value: number; fallback: number }) =>
    `${p.member}: chỉ tiêu ${measure(p.measure)} "${given(p.value)}" không hợp lệ; dùng chỉ tiêu chung ${formatPercentVi(p.fallback)}.`,
};

export const words = {
  title: "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ",
  index: "STT",
  member: { officer: "Chấp hành viên", unit: "Đơn vị" },
  rank: "Xếp hạng",
  total: "Tổng cộng",
  band: { cases: "Về việc", money: "Về tiền (nghìn đồng)" },
  eligible: "Có điều kiện",
  done: "Xong + đình chỉ",
  /** the done column of money when terminated money is not counted */
  completedOnly: "Thi hành xong",
  rate: "Tỷ lệ",
  target: "Chỉ tiêu",
  gap: "Còn thiếu (+) / Vượt (−)",
  needed: "Cần thêm",
  neededPerMonth: "Cần thêm mỗi tháng còn lại",
  status: "Đạt / Chưa đạt",
  met: "Đạt",
  notMet: "Chưa đạt",
  monthsRemaining: "Số tháng còn lại của năm thống kê:",
  chartTitle: "Tỷ lệ thi hành xong so với chỉ tiêu",
  series: {
    caseRate: "Tỷ lệ về việc",
    caseTarget: "Chỉ tiêu về việc",
    moneyRate: "Tỷ lệ về tiền",
    moneyTarget: "Chỉ tiêu về tiền",
  },
  belowTarget: (names: string[]) => `Chưa đạt chỉ tiêu: ${names.join(", ")}`,
  allMet: "Tất cả đều đạt chỉ tiêu.",
  noRate: "Không tính được tỷ lệ chung: số có điều kiện thi hành bằng 0.",
  terminatedMoneyExcluded: "Về tiền: số tiền đình chỉ không được tính vào số đã thi hành xong.",
  sheetName: (p: Period) => `Báo cáo ${p.months} tháng ${p.fiscalYear}`,
  /** the name of a sheet whose wanted name has no valid character */
  sheetNameFallback: "Báo cáo",
};
