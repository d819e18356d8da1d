/**
 * Vietnamese texts of the files area: what is wrong with a workbook file itself (not with its
 * figures), each naming the file; and what the .xlsx reader could not read as Excel shows it.
 * Problem codes start with "files" (a test checks they are unique).
 */
import { FORMATS } from "../format";

/** Why a file could not be written: the operating system's reason, or the library's own words. */
export type WriteReason = "noFolder" | "denied" | "diskFull" | "isFolder" | "other";

const WRITE_REASONS: Record<WriteReason, string> = {
  noFolder: "thư mục không tồn tại",
  denied: "không có quyền ghi hoặc tệp đang mở trong Excel",
  diskFull: "đĩa đã đầy",
  isFolder: "đó là một thư mục",
  other: "",
};

const n = FORMATS.vi.number;
const inBrackets = (text: string) => (text ? ` (${text})` : "");

export const problems = {
  filesMissing: (p: { file: string }) => `Không tìm thấy tệp "${p.file}".`,
  filesNotFile: (p: { file: string }) => `"${p.file}" là một thư mục, không phải tệp .xlsx.`,
  filesLocked: (p: { file: string }) => `Không mở được tệp "${p.file}": tệp đang bị khóa hoặc không có quyền đọc.`,
  filesLegacyXls: (p: { file: string }) =>
    `Tệp "${p.file}" là tệp Excel 97-2003 (.xls) hoặc được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng .xlsx.`,
  filesNotXlsx: (p: { file: string }) => `Tệp "${p.file}" không phải là tệp Excel .xlsx.`,
  filesNoWorksheet: (p: { file: string; sheets: string[] }) =>
    `Tệp "${p.file}" chỉ có trang biểu đồ (${p.sheets.map((s) => `"${s}"`).join(", ")}), không có trang tính nào chứa số liệu: ` +
    `hãy mở tệp có bảng thống kê hoặc sổ theo dõi.`,
  /** `reason`: the library's own words (English), "" when it gave none */
  filesCorrupt: (p: { file: string; reason: string }) => `Tệp "${p.file}" bị hỏng, không đọc được${inBrackets(p.reason)}.`,
  filesNoSheet: (p: { file: string; sheet: string; sheets: string[] }) =>
    `Tệp "${p.file}" không có trang tính "${p.sheet}" (${p.sheets.map((s) => `"${s}"`).join(", ")}).`,
  filesExists: (p: { file: string }) => `Tệp "${p.file}" đã có; dùng --force để ghi đè hoặc --out để chọn tên khác.`,
  /** `detail`: the system's own words when the reason is "other" */
  filesWriteFailed: (p: { file: string; reason: WriteReason; detail: string }) =>
    `Không ghi được tệp "${p.file}"${inBrackets(p.reason === "other" ? p.detail : WRITE_REASONS[p.reason])}.`,
  /** formula cells saved without their result: the first addresses, and how many more */
  filesUnsavedResults: (p: { count: number; shown: string[]; more: number }) =>
    `${n(p.count)} ô có công thức nhưng tệp không lưu kết quả, được đọc là ô trống (${p.shown.join(", ")}` +
    `${p.more > 0 ? ` và ${n(p.more)} ô khác` : ""}); nếu các ô này có số, hãy mở tệp bằng Excel và lưu lại.`,
  // What writing the report's own file may run into: never the user's doing, said plainly all the same.
  filesBadRange: (p: { range: string }) => `Địa chỉ ô không hợp lệ trong tài liệu báo cáo: "${p.range}".`,
  filesPartMissing: (p: { part: string }) => `ExcelJS không ghi phần ${p.part} của tệp .xlsx.`,
  filesSheetPartMissing: (p: { sheet: string }) => `Không thấy trang "${p.sheet}" trong tệp ExcelJS ghi.`,
  filesUnclosedPart: (p: { element: string }) => `<${p.element}> không đóng trong phần của tệp .xlsx.`,
  filesDrawingExists: (_p: Record<string, never>) => "Trang tính đã có một bản vẽ.",
};

/** Picking workbooks in the pane ("Thêm tệp…") and on the page: what became of each file. */
export const words = {
  heading: "Hoặc tổng hợp từ các tệp của đơn vị",
  hint: "Chọn một hoặc nhiều sổ tính .xlsx (mỗi tệp một đơn vị): báo cáo tổng hợp được ghi vào sổ tính đang mở.",
  add: "Thêm tệp…",
  loading: "Đang tải phần đọc tệp .xlsx…",
  loadFailed: "Không tải được phần đọc tệp (files.js) từ máy chủ của add-in; hãy thử lại.",
  reading: (name: string) => `Đang đọc ${name}…`,
  /** one line per file recognised: the sheet, what it holds and how many members */
  recognised: (p: { file: string; sheet: string; kind: "table" | "register"; members: number; memberKind: "officer" | "unit" }) =>
    `${p.file}: ${p.kind === "table" ? "bảng thống kê" : "sổ theo dõi"} ở trang "${p.sheet}", ` +
    `${n(p.members)} ${p.memberKind === "unit" ? "đơn vị" : "chấp hành viên"}.`,
  unclassified: (file: string, count: number) => `${file}: ${n(count)} trạng thái chưa được phân loại; hãy phân loại trước khi tạo báo cáo.`,
  edit: "Xem, sửa",
  /** the button's name for screen readers: its visible text and the file it acts on */
  editLabel: (file: string) => `Xem, sửa: ${file}`,
  editTitle: (file: string) => `Xem và sửa cách đọc tệp ${file}`,
  remove: "Bỏ",
  removeLabel: (file: string) => `Bỏ: ${file}`,
  removeTitle: (file: string) => `Bỏ tệp ${file} khỏi báo cáo`,
  clear: "Bỏ tất cả tệp",
  detailTitle: (file: string) => `Tệp ${file}`,
  reportFromFiles: (count: number) => `"Tạo báo cáo" sẽ tổng hợp ${n(count)} tệp dùng được (không dùng bảng trên trang tính).`,
  /** errors in the files' figures: their cells are in the files, so they are corrected there or their rows left out */
  blocked: "Chưa tạo báo cáo: hãy sửa các lỗi dưới đây trong tệp rồi chọn lại tệp, hoặc bỏ dòng lỗi ở “Xem, sửa” của tệp đó.",
  noFiles: "Chưa chọn tệp nào, hoặc không tệp nào dùng được.",
  skipped: (count: number) => `${n(count)} tệp không dùng được và không có trong báo cáo.`,
};
