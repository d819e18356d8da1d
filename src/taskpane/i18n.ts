/**
 * The pane's words in Vietnamese (the offices' language, the default) and English (when Office's
 * display language is English). Messages from the core (cell problems) stay in Vietnamese.
 */
import type { StatusCategory } from "../core/register/status";
import { words } from "../i18n/problem";
import { CATEGORY_NAMES, MEASURE_NAMES } from "../core/table/labels";
import type { Category, Measure } from "../core/table/model";

export type UiLang = "vi" | "en";

/** Vietnamese unless Office speaks English. */
export function uiLangOf(displayLanguage: string | undefined): UiLang {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "vi";
}

export interface Strings {
  title: string;
  subtitle: string;
  step1: string;
  recognize: string;
  recognizeHint: string;
  reading: (done: string, total: string) => string;
  foundTable: (sheet: string) => string;
  foundRegister: (sheet: string) => string;
  headerRows: string;
  dataFrom: string;
  nameColumn: string;
  memberKind: string;
  officers: string;
  units: string;
  category: string;
  none: string;
  otherColumns: string;
  savedOffer: (date: string) => string;
  useSaved: string;
  savedApplied: string;
  columnsFound: string;
  registerFields: Record<"officer" | "unit" | "status" | "date" | "amount" | "collected" | "terminatedAmount", string>;
  statuses: string;
  status: string;
  classification: string;
  rows: string;
  unclassified: string;
  emptyStatus: string;
  unclassifiedBlock: (n: number) => string;
  eligibleLegend: string;
  moneyUnit: string;
  dong: string;
  thousand: string;
  groupBy: string;
  toCheck: string;
  error: string;
  warning: string;
  moreIssues: (n: number) => string;
  selectCell: (address: string) => string;
  excludeRow: string;
  excludeRowTitle: (line: number) => string;
  excludedRows: string;
  excludedLine: (line: number) => string;
  includeRow: string;
  includeRowTitle: (line: number) => string;
  step2: string;
  targetCases: string;
  targetMoney: string;
  targetPlaceholder: string;
  targetColumnNote: string;
  office: string;
  reportDate: string;
  period: string;
  countTerminatedMoney: string;
  reportLang: string;
  vietnamese: string;
  english: string;
  step3: string;
  build: string;
  building: string;
  writing: (percent: number) => string;
  success: (sheet: string) => string;
  blocked: string;
  targetMissing: (measure: string) => string;
  targetInvalid: (measure: string, value: string) => string;
  dateInvalid: string;
  noSource: string;
  notRecognized: string;
  mappingNotSaved: string;
  selectFailed: (address: string) => string;
  measures: Record<Measure, string>;
  measureWord: Record<Measure, string>;
  categories: Record<Category, string>;
  statusCategories: Record<StatusCategory, string>;
}

const VI: Strings = {
  title: "Báo cáo kết quả thi hành án",
  subtitle: "Từ bảng thống kê hoặc sổ theo dõi trong sổ tính này",
  step1: "1. Nhận dạng bảng",
  recognize: "Nhận dạng bảng",
  recognizeHint: "Bảng thống kê hoặc sổ theo dõi trên trang đang mở (hoặc vùng đang chọn, nếu chọn nhiều ô).",
  reading: (done, total) => `Đang đọc ${done}/${total} dòng…`,
  foundTable: (sheet) => `Bảng thống kê trên trang “${sheet}”`,
  foundRegister: (sheet) => `Sổ theo dõi trên trang “${sheet}”`,
  headerRows: "Dòng tiêu đề",
  dataFrom: "Số liệu từ dòng",
  nameColumn: "Cột tên",
  memberKind: "Mỗi dòng là",
  officers: "Chấp hành viên",
  units: "Đơn vị",
  category: "Chỉ tiêu thống kê",
  none: "(không có)",
  otherColumns: "Các cột khác",
  savedOffer: (date) => `Bảng này có cách nhận dạng đã lưu ngày ${date}.`,
  useSaved: "Dùng lại",
  savedApplied: "Đã dùng lại cách nhận dạng đã lưu.",
  columnsFound: "Cột nhận dạng được",
  registerFields: {
    officer: "Chấp hành viên",
    unit: "Đơn vị",
    status: "Trạng thái",
    date: "Ngày",
    amount: "Phải thi hành",
    collected: "Đã thu",
    terminatedAmount: "Đình chỉ (tiền)",
  },
  statuses: "Trạng thái trong sổ",
  status: "Trạng thái",
  classification: "Phân loại",
  rows: "Số dòng",
  unclassified: "— Chưa phân loại —",
  emptyStatus: "(để trống)",
  unclassifiedBlock: (n) => `Còn ${n} trạng thái chưa phân loại (tô màu): hãy chọn loại cho từng trạng thái.`,
  eligibleLegend: "Tính là có điều kiện thi hành",
  moneyUnit: "Tiền trong sổ tính bằng",
  dong: "đồng",
  thousand: "nghìn đồng",
  groupBy: "Tổng hợp theo",
  toCheck: "Cần kiểm tra",
  error: "Lỗi",
  warning: "Lưu ý",
  moreIssues: (n) => `… và ${n} vấn đề khác.`,
  selectCell: (address) => `Chọn ô ${address}`,
  excludeRow: "Bỏ dòng này",
  excludeRowTitle: (line) => `Loại dòng ${line} khỏi báo cáo`,
  excludedRows: "Dòng đã loại khỏi báo cáo",
  excludedLine: (line) => `Dòng ${line}`,
  includeRow: "Đưa lại",
  includeRowTitle: (line) => `Đưa dòng ${line} trở lại báo cáo`,
  step2: "2. Chỉ tiêu và kỳ báo cáo",
  targetCases: "Chỉ tiêu về việc (%)",
  targetMoney: "Chỉ tiêu về tiền (%)",
  targetPlaceholder: "ví dụ 81,5",
  targetColumnNote: "Bảng có cột Chỉ tiêu: dòng nào có chỉ tiêu riêng thì dùng chỉ tiêu đó; chỉ tiêu nhập ở đây dùng cho dòng tổng cộng và các dòng còn lại.",
  office: "Tên cơ quan",
  reportDate: "Ngày báo cáo",
  period: "Kỳ báo cáo",
  countTerminatedMoney: "Tính tiền đình chỉ vào kết quả về tiền",
  reportLang: "Ngôn ngữ của báo cáo",
  vietnamese: "Tiếng Việt",
  english: "Tiếng Anh",
  step3: "3. Tạo báo cáo",
  build: "Tạo báo cáo",
  building: "Đang tạo báo cáo…",
  writing: (percent) => `Đang ghi vào sổ tính… ${percent}%`,
  success: (sheet) => `Đã tạo trang “${sheet}”.`,
  blocked: "Chưa tạo báo cáo: hãy sửa các lỗi dưới đây (bấm vào địa chỉ ô để chọn ô đó).",
  targetMissing: (m) => `Hãy nhập chỉ tiêu ${m}.`,
  targetInvalid: (m, v) => `Chỉ tiêu ${m} “${v}” không hợp lệ: nhập một tỷ lệ từ 0 đến 100, ví dụ 81,5.`,
  dateInvalid: "Ngày báo cáo không hợp lệ: chọn một ngày.",
  noSource: "Hãy nhận dạng bảng trước (bước 1).",
  notRecognized: "Không nhận dạng được bảng.",
  mappingNotSaved: "Báo cáo đã tạo, nhưng không lưu được cách nhận dạng vào sổ tính.",
  selectFailed: (address) => `Không chọn được ô ${address}.`,
  measures: { cases: MEASURE_NAMES.cases.vi, money: MEASURE_NAMES.money.vi },
  measureWord: { cases: "về việc", money: "về tiền" },
  categories: mapNames(CATEGORY_NAMES, "vi"),
  statusCategories: words("vi").register.statusCategories,
};

const EN: Strings = {
  title: "Enforcement results report",
  subtitle: "From the statistics table or case register in this workbook",
  step1: "1. Recognise the table",
  recognize: "Recognise table",
  recognizeHint: "Statistics table or case register on the active sheet (or the selection, if several cells are selected).",
  reading: (done, total) => `Reading ${done}/${total} rows…`,
  foundTable: (sheet) => `Statistics table on sheet “${sheet}”`,
  foundRegister: (sheet) => `Case register on sheet “${sheet}”`,
  headerRows: "Header rows",
  dataFrom: "Data from row",
  nameColumn: "Name column",
  memberKind: "Each row is",
  officers: "an officer",
  units: "a unit",
  category: "Category",
  none: "(none)",
  otherColumns: "Other columns",
  savedOffer: (date) => `A mapping for this table was saved on ${date}.`,
  useSaved: "Use it",
  savedApplied: "The saved mapping is in use.",
  columnsFound: "Columns found",
  registerFields: {
    officer: "Officer",
    unit: "Unit",
    status: "Status",
    date: "Date",
    amount: "To enforce",
    collected: "Collected",
    terminatedAmount: "Terminated (money)",
  },
  statuses: "Statuses in the register",
  status: "Status",
  classification: "Category",
  rows: "Rows",
  unclassified: "— Unclassified —",
  emptyStatus: "(blank)",
  unclassifiedBlock: (n) => `${n} status${n === 1 ? " is" : "es are"} not classified (highlighted): choose a category for each.`,
  eligibleLegend: "Counted as enforceable",
  moneyUnit: "Money in the register is in",
  dong: "đồng",
  thousand: "thousand đồng",
  groupBy: "Group by",
  toCheck: "To check",
  error: "Error",
  warning: "Note",
  moreIssues: (n) => `… and ${n} more.`,
  selectCell: (address) => `Select cell ${address}`,
  excludeRow: "Exclude this row",
  excludeRowTitle: (line) => `Leave row ${line} out of the report`,
  excludedRows: "Rows left out of the report",
  excludedLine: (line) => `Row ${line}`,
  includeRow: "Include again",
  includeRowTitle: (line) => `Put row ${line} back in the report`,
  step2: "2. Targets and period",
  targetCases: "Target by cases (%)",
  targetMoney: "Target by money (%)",
  targetPlaceholder: "e.g. 81.5",
  targetColumnNote: "The table has a Target column: rows with their own target use it; the targets entered here apply to the total and the other rows.",
  office: "Office name",
  reportDate: "Report date",
  period: "Period",
  countTerminatedMoney: "Count terminated money as done",
  reportLang: "Report language",
  vietnamese: "Vietnamese",
  english: "English",
  step3: "3. Create the report",
  build: "Create report",
  building: "Creating the report…",
  writing: (percent) => `Writing to the workbook… ${percent}%`,
  success: (sheet) => `Sheet “${sheet}” created.`,
  blocked: "Report not created: fix the errors below (click a cell address to select it).",
  targetMissing: (m) => `Enter the target ${m}.`,
  targetInvalid: (m, v) => `Target ${m} “${v}” is not valid: enter a rate from 0 to 100, e.g. 81.5.`,
  dateInvalid: "The report date is not valid: pick a date.",
  noSource: "Recognise the table first (step 1).",
  notRecognized: "The table was not recognised.",
  mappingNotSaved: "The report was created, but the mapping could not be saved in the workbook.",
  selectFailed: (address) => `Could not select cell ${address}.`,
  measures: { cases: MEASURE_NAMES.cases.en, money: MEASURE_NAMES.money.en },
  measureWord: { cases: "by cases", money: "by money" },
  categories: mapNames(CATEGORY_NAMES, "en"),
  statusCategories: words("en").register.statusCategories,
};

function mapNames<K extends string>(names: Readonly<Record<K, { vi: string; en: string }>>, lang: UiLang): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) out[key] = names[key][lang];
  return out;
}

export const STRINGS: Readonly<Record<UiLang, Strings>> = { vi: VI, en: EN };
