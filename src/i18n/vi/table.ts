/** Vietnamese texts of the table area. Problem codes start with "table" (a test checks they are unique). */
import { formatNumberVi, formatPercentVi } from "../../core/format";
import type { Category, FigureCell, Identity, LayoutGap, Measure, MoneyUnit } from "../../core/table/model";
import type { Period } from "../../core/periods";
import { FORMATS } from "../format";

/** Display names of the categories, for the pane's dropdowns and for messages. */
const categories: Record<Category, string> = {
  carriedOver: "Năm trước chuyển sang",
  newlyAccepted: "Thụ lý mới",
  accepted: "Tổng số thụ lý",
  delegatedOut: "Ủy thác",
  revoked: "Thu hồi, hủy quyết định",
  mustEnforce: "Tổng số phải thi hành",
  eligible: "Có điều kiện thi hành",
  completed: "Thi hành xong",
  terminated: "Đình chỉ",
  inProgress: "Đang thi hành",
  postponed: "Hoãn thi hành án",
  suspended: "Tạm đình chỉ",
  notEligible: "Chưa có điều kiện thi hành",
  backlog: "Chuyển kỳ sau",
  target: "Chỉ tiêu",
};

const measures: Record<Measure, string> = { cases: "Về việc", money: "Về tiền" };

const units: Record<MoneyUnit, string> = { dong: "đồng", thousand: "nghìn đồng" };

const lower = (s: string) => s.toLowerCase();
const category = (c: Category) => lower(categories[c]);
const measure = (m: Measure) => lower(measures[m]);

/** "Ô Sheet1!D6 (Đỗ Thị Lan, thi hành xong về việc)": the cell of one figure of one member. */
const at = (p: FigureCell) => `Ô ${p.cell} (${p.member}, ${category(p.category)} ${measure(p.measure)})`;
/** "Nguyễn Văn An (về việc)": whose figures an identity is about. */
const who = (member: string, m: Measure) => `${member} (${measure(m)})`;

/** What each identity says a figure should be. */
const identities: Record<Identity, string> = {
  accepted: "năm trước chuyển sang + thụ lý mới",
  mustEnforce: "tổng số thụ lý − ủy thác − thu hồi, hủy",
  split: "có điều kiện + chưa có điều kiện",
  backlog: "tổng số phải thi hành − (thi hành xong + đình chỉ)",
};

const gaps: Record<LayoutGap, string> = {
  eligible: 'Không tìm thấy cột "Có điều kiện thi hành" (Có ĐK).',
  completed: 'Không tìm thấy cột "Thi hành xong".',
  apart: 'Cột "Có điều kiện thi hành" và cột "Thi hành xong" không cùng về việc hoặc cùng về tiền.',
  name: 'Không tìm thấy cột tên đơn vị hoặc chấp hành viên ("Đơn vị", "Chấp hành viên", "Họ và tên").',
};

/** "11 tháng năm 2021 (01/10/2020 – 31/08/2021)" */
const period = (p: Period) => `${p.months} tháng năm ${p.fiscalYear} (${FORMATS.vi.date(p.start)} – ${FORMATS.vi.date(p.end)})`;

/** Rows as the user sees them: "7–8" or "7". */
const rows = (first: number, last: number) => (first === last ? String(first) : `${first}–${last}`);

export const problems = {
  tableRowExcluded: (p: { line: number; name?: string }) =>
    `Dòng ${p.line}${p.name ? ` (${p.name})` : ""} đã được loại khỏi báo cáo theo lựa chọn của người dùng.`,
  tableRowWithoutName: (p: { line: number; cell: string }) =>
    `Dòng ${p.line} có số liệu nhưng không có tên (ô ${p.cell}): dòng này không được tính.`,
  tableNotANumber: (p: FigureCell & { text: string }) => `${at(p)}: "${p.text}" không phải là số.`,
  tableNegative: (p: FigureCell & { value: number }) => `${at(p)}: số âm ${formatNumberVi(p.value)} không hợp lệ.`,
  tableTargetInvalid: (p: FigureCell & { text: string }) => `${at(p)}: chỉ tiêu "${p.text}" không phải là tỷ lệ từ 0 đến 100%.`,
  tableNumberAsText: (p: FigureCell & { text: string; value: number }) =>
    `${at(p)}: số được nhập dạng chữ "${p.text}", đã đọc là ${p.category === "target" ? formatPercentVi(p.value) : formatNumberVi(p.value)}.`,
  tableCountNotWhole: (p: FigureCell & { value: number }) => `${at(p)}: số việc ${formatNumberVi(p.value)} không phải là số nguyên.`,
  tablePercentInFigure: (p: FigureCell & { text: string }) =>
    `${at(p)}: "${p.text}" là tỷ lệ phần trăm, không phải ${p.measure === "cases" ? "số việc" : "số tiền"}.`,
  tableDateInFigure: (p: FigureCell) => `${at(p)}: ô có định dạng ngày tháng, không phải ${p.measure === "cases" ? "số việc" : "số tiền"}.`,
  tableCurrencyText: (p: FigureCell & { text: string; value: number; unit: MoneyUnit }) =>
    `${at(p)}: số tiền "${p.text}" có ghi đơn vị tiền, đã đọc là ${formatNumberVi(p.value)} theo đơn vị của cột ` +
    `(${units[p.unit]}); kiểm tra lại nếu số này không cùng đơn vị với cột.`,
  tableMoneyInDong: (p: { cells: string[]; chosen: boolean }) =>
    `Số tiền của bảng ghi bằng đồng (${p.chosen ? "theo lựa chọn" : `ô ${p.cells.join(", ")}`}): đã đổi sang nghìn đồng, ` +
    `mỗi số làm tròn một lần đến nghìn đồng (từ 500 đồng làm tròn lên).`,
  tableMoneyUnitUnreadable: (p: { cell: string; text: string }) =>
    `Ô ${p.cell} ghi đơn vị tiền "${p.text}": chỉ đọc được đồng hoặc nghìn đồng; hãy đổi bảng sang một trong hai đơn vị này, hoặc chọn đơn vị tiền.`,
  tableMoneyUnitAssumed: (_p: Record<string, never>) => "Bảng không ghi đơn vị tiền: số tiền được coi là nghìn đồng.",
  tableSecondTable: (p: { line: number; cell: string }) =>
    `Bảng kết thúc trước dòng ${p.line}: từ ô ${p.cell} là tiêu đề của một bảng khác, không được đọc. ` +
    `Để báo cáo bảng đó, chọn vùng của nó (hoặc dùng --range) rồi nhận dạng lại.`,
  tableDoneAboveEligible: (p: { member: string; measure: Measure; done: number; eligible: number; cell: string }) =>
    `${who(p.member, p.measure)}: thi hành xong + đình chỉ = ${formatNumberVi(p.done)} lớn hơn số có điều kiện ` +
    `${formatNumberVi(p.eligible)} (ô ${p.cell}): tỷ lệ vượt 100%.`,
  tableIdentity: (p: { member: string; measure: Measure; category: Category; actual: number; cell: string; identity: Identity; expected: number }) =>
    `${who(p.member, p.measure)}: ${category(p.category)} ${formatNumberVi(p.actual)} (ô ${p.cell}) khác ` +
    `${identities[p.identity]} = ${formatNumberVi(p.expected)}.`,
  tablePeriodMismatch: (p: { cell: string; title: Period; chosen: Period }) =>
    `Ngày báo cáo đã chọn thuộc kỳ ${period(p.chosen)}, nhưng tiêu đề bảng (ô ${p.cell}) ghi kỳ ${period(p.title)}: ` +
    `kiểm tra lại ngày báo cáo.`,
  tableLayoutIncomplete: (p: { missing: LayoutGap }) => gaps[p.missing],
  tableHeaderIncomplete: (p: { missing: LayoutGap; firstRow: number; lastRow: number; sheet?: string }) =>
    `${gaps[p.missing]} Tiêu đề bảng được tìm thấy ở dòng ${rows(p.firstRow, p.lastRow)}${p.sheet ? ` của trang "${p.sheet}"` : ""}.`,
  tableNotFound: (p: { sheet?: string }) =>
    `Không tìm thấy bảng thống kê${p.sheet ? ` trên trang "${p.sheet}"` : ""}: không có dòng tiêu đề nào có các cột như ` +
    `"Có điều kiện thi hành", "Thi hành xong", "Đơn vị" hoặc "Chấp hành viên".`,
};

export const words = {
  categories,
  measures,
};
