/** Vietnamese texts of the register area. Problem codes start with "register" (a test checks they are unique). */
import type { CivilDate } from "../../core/periods";
import { FORMATS } from "../format";

const f = FORMATS.vi;

/** The columns of a register, as the messages name them. */
const fields = {
  officer: "Chấp hành viên",
  unit: "Đơn vị",
  status: "Trạng thái / Kết quả",
  date: "Ngày thụ lý / Ngày ra quyết định",
  acceptedDate: "Ngày thụ lý",
  decisionDate: "Ngày ra quyết định",
  resultDate: "Ngày kết thúc",
  decisionNumber: "Số quyết định",
  amount: "Số tiền phải thi hành",
  collected: "Số tiền đã thu",
  terminatedAmount: "Số tiền đình chỉ",
};
export type RegisterRole = keyof typeof fields;

/** The name of each status category, as the pane and messages show it. */
const statusCategories = {
  completed: "Thi hành xong",
  terminated: "Đình chỉ",
  inProgress: "Đang thi hành",
  postponed: "Hoãn thi hành án",
  suspended: "Tạm đình chỉ",
  notEligible: "Chưa có điều kiện",
  delegatedOut: "Ủy thác",
  revoked: "Thu hồi, hủy quyết định",
};

const sheetPrefix = (sheet?: string) => (sheet ? `Trang "${sheet}": ` : "");
const column = (header: string) => (header ? ` (${header})` : "");

/** What each summarised problem is, in a few words: "… và 70 ô khác: <what>". */
const kinds = {
  registerStatusUnclassified: "trạng thái chưa phân loại",
  registerDateBlank: "thiếu ngày",
  registerMonthOver12: "tháng lớn hơn 12",
  registerDateUnreadable: "ngày không đọc được",
  registerTwoDigitYear: "năm ghi hai chữ số",
  registerNotANumber: "không phải số",
  registerNegative: "số âm",
  registerTextNumber: "số lưu dạng văn bản",
  registerNoMember: "không ghi tên",
  registerCollectedOver: "đã thu lớn hơn phải thi hành",
  registerRowExcluded: "dòng đã loại khỏi báo cáo",
  registerResultBeforeAccepted: "ngày kết thúc trước ngày thụ lý",
  registerCompletedOwing: "thi hành xong nhưng còn phải thu",
  registerResultOnOpenCase: "việc chưa kết thúc đã có ngày kết thúc",
  registerAcceptedInFuture: "ngày thụ lý sau hôm nay",
  registerDuplicateDecision: "số quyết định trùng",
};
export type RegisterSummarised = keyof typeof kinds;

export const problems = {
  registerNoHeader: (p: { sheet?: string }) =>
    `${sheetPrefix(p.sheet)}không tìm thấy dòng tiêu đề của sổ theo dõi (cột Chấp hành viên, Trạng thái, Số tiền …).`,
  registerMissingColumns: (p: { sheet?: string; row: number; missing: RegisterRole[] }) =>
    `${sheetPrefix(p.sheet)}dòng tiêu đề (dòng ${p.row}) thiếu cột: ${p.missing.map((m) => fields[m]).join(", ")}.`,
  registerDuplicateColumns: (p: { columns: { label: string; col: number }[] }) =>
    `Bỏ qua các cột trùng tên: ${p.columns.map((c) => `${c.label} (cột ${c.col})`).join(", ")}.`,
  registerNoAcceptedDate: (_: Record<string, never>) =>
    "Không có cột Ngày thụ lý: dùng Ngày ra quyết định để xác định kỳ báo cáo.",
  registerMixedUnits: (_: Record<string, never>) =>
    "Các tiêu đề ghi đơn vị tiền khác nhau: tạm hiểu là nghìn đồng, hãy kiểm tra và chọn lại.",
  registerNoUnit: (_: Record<string, never>) =>
    "Tiêu đề không ghi đơn vị tiền: tạm hiểu là nghìn đồng (1.000 đ), hãy chọn lại nếu sổ ghi bằng đồng.",
  registerNoResultDate: (_: Record<string, never>) =>
    "Sổ không có cột ngày kết thúc (Ngày thi hành xong, Ngày đình chỉ …): trạng thái được tính như đang ghi hôm nay, " +
    "không phải tại ngày báo cáo; việc đã xong trong các năm trước hay sau ngày báo cáo vẫn được tính. " +
    "Để có số liệu chính xác, hãy thêm cột ngày kết thúc.",
  registerMoneyUnitUnreadable: (p: { cell: string; text: string }) =>
    `Ô ${p.cell} ghi đơn vị tiền "${p.text}": chỉ đọc được đồng hoặc nghìn đồng; hãy đổi số tiền của sổ sang một trong hai đơn vị này (và sửa tiêu đề).`,
  registerNoUnitColumn: (_: Record<string, never>) => "Sổ theo dõi không có cột Đơn vị: không tổng hợp theo đơn vị được.",
  registerUnknownCategory: (p: { text: string; choices: string[] }) =>
    `Loại trạng thái "${p.text}" không nhận ra được. Dùng một trong: ${p.choices.join(", ")}.`,
  registerStatusUnclassified: (p: { text: string }) =>
    `trạng thái ${p.text === "" ? "trống" : `"${p.text}"`} chưa được phân loại; hãy chọn loại cho trạng thái này.`,
  registerDateBlank: (p: { header: string }) =>
    `thiếu ngày${column(p.header)}: không xác định được kỳ báo cáo của việc này.`,
  registerMonthOver12: (p: { text: string; month: number; swapped: boolean }) =>
    `ngày "${p.text}" có tháng ${p.month} lớn hơn 12${p.swapped ? " — có thể đã nhập theo thứ tự tháng/ngày" : ""}; ` +
    "nhập theo ngày/tháng/năm.",
  registerTwoDigitYear: (p: { text: string; date: CivilDate }) =>
    `ngày "${p.text}" ghi năm hai chữ số: đã đọc là ${f.date(p.date)} (ngày trước tháng, năm 20xx); nên ghi đủ năm.`,
  registerDateUnreadable: (p: { text: string; header: string }) =>
    `"${p.text}" không phải là ngày${column(p.header)}: nhập theo ngày/tháng/năm, ví dụ 31/08/2021.`,
  registerNotANumber: (p: { text: string; header: string }) => `"${p.text}" không phải là số${column(p.header)}.`,
  registerNegative: (p: { value: number; header: string }) => `số âm ${f.number(p.value)}${column(p.header)}.`,
  registerTextNumber: (p: { text: string; value: number }) =>
    `số "${p.text}" được lưu dạng văn bản, đã đọc là ${f.number(p.value)}.`,
  registerNoMember: (p: { memberKind: "officer" | "unit"; name: string }) =>
    `việc không ghi ${p.memberKind === "unit" ? "đơn vị" : "Chấp hành viên"}: tính vào "${p.name}".`,
  registerCollectedOver: (p: { collected: number; amount: number }) =>
    `số đã thu ${f.number(p.collected)} lớn hơn số phải thi hành ${f.number(p.amount)}: kiểm tra lại cột.`,
  registerRowExcluded: (p: { line: number; name?: string }) =>
    `Dòng ${p.line}${p.name ? ` (${p.name})` : ""} đã được loại khỏi báo cáo theo lựa chọn của người dùng.`,
  registerMore: (p: { count: number; of: RegisterSummarised }) => `… và ${f.number(p.count)} ô khác: ${kinds[p.of]}.`,
  registerClosedWithoutResultDate: (p: { count: number; first: string }) =>
    `${f.number(p.count)} việc đã kết thúc nhưng không ghi ngày kết thúc (đầu tiên: ô ${p.first}): ` +
    "các việc này được tính theo trạng thái đang ghi; hãy ghi ngày kết thúc để số liệu đúng tại ngày báo cáo.",
  registerResultBeforeAccepted: (p: { result: CivilDate; accepted: CivilDate; acceptedCell: string }) =>
    `ngày kết thúc ${f.date(p.result)} trước ngày thụ lý ${f.date(p.accepted)} (ô ${p.acceptedCell}): ` +
    "sửa lại ngày hoặc loại dòng này khỏi báo cáo.",
  registerCompletedOwing: (p: { collected: number; amount: number }) =>
    `việc thi hành xong nhưng số đã thu ${f.number(p.collected)} nhỏ hơn số phải thi hành ${f.number(p.amount)}.`,
  registerResultOnOpenCase: (p: { status: string }) =>
    `việc có trạng thái "${p.status}" (chưa kết thúc) nhưng đã ghi ngày kết thúc.`,
  registerAcceptedInFuture: (p: { date: CivilDate }) => `ngày thụ lý ${f.date(p.date)} sau ngày hôm nay.`,
  registerDuplicateDecision: (p: { number: string; other: string }) =>
    `số quyết định "${p.number}" trùng với ô ${p.other}.`,
};

export const words = {
  fields,
  statusCategories,
  /** the member that collects rows without a name */
  noMember: { officer: "(Không ghi Chấp hành viên)", unit: "(Không ghi đơn vị)" },
  /** the "Biểu thống kê" sheet of a report made from a register (forms 04/05) */
  statTable: {
    sheetName: (p: { months: number; fiscalYear: number }) => `Biểu thống kê ${p.months} tháng ${p.fiscalYear}`,
    title: "BIỂU THỐNG KÊ KẾT QUẢ THI HÀNH ÁN DÂN SỰ",
    units: "Đơn vị tính: việc; nghìn đồng",
  },
};
