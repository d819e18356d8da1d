/**
 * The words of the report sheet, in Vietnamese (the offices' language) and English (second UI language).
 * Figures are the same in both; only labels change.
 */
import type { Category, Measure } from "../table/model";
import { formatDateVi } from "../format";
import { CATEGORY_NAMES } from "../table/labels";
import { Period, periodLabel } from "../periods";

import type { Lang } from "../../i18n/lang";

export type { Lang } from "../../i18n/lang";

export interface Labels {
  title: string;
  index: string;
  member: { officer: string; unit: string };
  rank: string;
  total: string;
  band: Record<Measure, string>;
  eligible: string;
  done: string;
  /** the done column of money when terminated money is not counted */
  completedOnly: string;
  rate: string;
  target: string;
  gap: string;
  needed: string;
  neededPerMonth: string;
  status: string;
  met: string;
  notMet: string;
  monthsRemaining: string;
  chartTitle: string;
  series: { caseRate: string; caseTarget: string; moneyRate: string; moneyTarget: string };
  belowTarget: (names: string[]) => string;
  allMet: string;
  noRate: string;
  terminatedMoneyExcluded: string;
  sheetTotalMismatch: (where: string, differences: string[]) => string;
  difference: (measure: Measure, category: Category, sheet: string, computed: string) => string;
  sheetName: (p: Period) => string;
  periodLabel: (p: Period) => string;
}

const VI: Labels = {
  title: "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ",
  index: "STT",
  member: { officer: "Chấp hành viên", unit: "Đơn vị" },
  rank: "Xếp hạng",
  total: "Tổng cộng",
  band: { cases: "Về việc", money: "Về tiền (nghìn đồng)" },
  eligible: "Có điều kiện",
  done: "Xong + đình chỉ",
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
  belowTarget: (names) => `Chưa đạt chỉ tiêu: ${names.join(", ")}`,
  allMet: "Tất cả đều đạt chỉ tiêu.",
  noRate: "Không tính được tỷ lệ chung: số có điều kiện thi hành bằng 0.",
  terminatedMoneyExcluded: "Về tiền: số tiền đình chỉ không được tính vào số đã thi hành xong.",
  sheetTotalMismatch: (where, differences) =>
    `Dòng tổng của bảng nguồn${where ? ` (${where})` : ""} khác tổng tính lại từ các dòng: ` +
    `${differences.join("; ")}. Báo cáo dùng tổng tính lại.`,
  difference: (measure, category, sheet, computed) =>
    `${measure === "cases" ? "về việc" : "về tiền"}, ${CATEGORY_NAMES[category].vi.toLowerCase()}: ${sheet} (bảng nguồn) / ${computed} (tính lại)`,
  sheetName: (p) => `Báo cáo ${p.months} tháng ${p.fiscalYear}`,
  periodLabel,
};

const EN: Labels = {
  title: "CIVIL JUDGMENT ENFORCEMENT RESULTS REPORT",
  index: "No.",
  member: { officer: "Enforcement officer", unit: "Unit" },
  rank: "Rank",
  total: "Total",
  band: { cases: "Cases", money: "Money (thousand dong)" },
  eligible: "Eligible",
  done: "Completed + terminated",
  completedOnly: "Completed",
  rate: "Rate",
  target: "Target",
  gap: "Short (+) / Over (−)",
  needed: "More needed",
  neededPerMonth: "Needed per remaining month",
  status: "Met / Not met",
  met: "Met",
  notMet: "Not met",
  monthsRemaining: "Months remaining in the statistical year:",
  chartTitle: "Completion rate against target",
  series: {
    caseRate: "Case rate",
    caseTarget: "Case target",
    moneyRate: "Money rate",
    moneyTarget: "Money target",
  },
  belowTarget: (names) => `Below target: ${names.join(", ")}`,
  allMet: "All members met their targets.",
  noRate: "No overall rate: the number of eligible cases is 0.",
  terminatedMoneyExcluded: "Money: terminated amounts are not counted as completed.",
  sheetTotalMismatch: (where, differences) =>
    `The source table's total row${where ? ` (${where})` : ""} differs from the total of its rows: ` +
    `${differences.join("; ")}. The report uses the recomputed total.`,
  difference: (measure, category, sheet, computed) =>
    `${measure}, ${CATEGORY_NAMES[category].en.toLowerCase()}: ${sheet} (source) / ${computed} (recomputed)`,
  sheetName: (p) => `Report ${p.months} months ${p.fiscalYear}`,
  periodLabel: (p) =>
    `${p.months} month${p.months === 1 ? "" : "s"} of statistical year ${p.fiscalYear} ` +
    `(${formatDateVi(p.start)} – ${formatDateVi(p.end)})`,
};

export const LABELS: Readonly<Record<Lang, Labels>> = { vi: VI, en: EN };
