/** Vietnamese texts of the excel area. Problem codes start with "excel" (a test checks they are unique). */
import { FORMATS } from "../format";

/** What Office.js said went wrong: its error code (when it gave one) and its message. */
export interface OfficeCause {
  code?: string;
  message: string;
}

const REASONS: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: "dữ liệu gửi cho Excel vượt giới hạn của Excel trên web",
  ResponsePayloadSizeLimitExceeded: "dữ liệu Excel trả về vượt giới hạn của Excel trên web",
  ItemNotFound: "không tìm thấy trang tính hoặc vùng ô cần dùng",
  ItemAlreadyExists: "đã có một trang tính trùng tên",
  InvalidArgument: "Excel từ chối một giá trị hoặc địa chỉ ô",
  InvalidSelection: "vùng đang chọn không dùng được cho việc này",
  AccessDenied: "sổ tính đang được bảo vệ hoặc chỉ cho đọc",
  InvalidOperationInCellEditMode: "Excel đang ở chế độ sửa ô — nhấn Enter hoặc Esc rồi thử lại",
};

/** The reason in words: a known Office.js code in Vietnamese, else the first line of its message. */
export function reason(cause: OfficeCause): string {
  return (cause.code && REASONS[cause.code]) || cause.message.split("\n")[0].slice(0, 200);
}

export const problems = {
  excelReadFailed: (p: { cause: OfficeCause }) => `Không đọc được bảng trên trang tính: ${reason(p.cause)}.`,
  excelWriteFailed: (p: { cause: OfficeCause; restored: boolean; sheets: string[] }) =>
    `Không ghi được báo cáo vào sổ tính: ${reason(p.cause)}. ` +
    (p.restored ? "Sổ tính được giữ nguyên như trước." : `Trang tính "${p.sheets.join('", "')}" có thể đã được ghi dở: hãy xoá nó.`),
  excelInvalidNumber: (p: { cell: string }) => `báo cáo chứa một số không hợp lệ ở ô ${p.cell}`,
  excelSettingsNotSaved: (p: { cause: OfficeCause }) => `Không lưu được cách nhận dạng vào sổ tính: ${reason(p.cause)}.`,
  excelFirstAreaOnly: (p: { areas: number; address: string }) =>
    `Đang chọn ${FORMATS.vi.number(p.areas)} vùng rời nhau: chỉ đọc vùng đầu tiên (${p.address}). ` +
    "Muốn đọc vùng khác, hãy chọn riêng một vùng rồi bấm lại nút nhận dạng.",
  excelRequirementsMissing: (p: { sets: string[] }) =>
    `Phiên bản Excel này thiếu ${p.sets.join(", ")} mà ngăn THADS cần: hãy dùng Microsoft 365, Excel 2021/2024 ` +
    "hoặc Excel trên web; trên máy khác, dùng lệnh thads để lập báo cáo từ tệp .xlsx.",
};

export const words = {
  /** after a mapping is confirmed: settings live in the open workbook until it is saved */
  mappingSaved:
    "Cách nhận dạng này đã được ghi vào sổ tính đang mở, để lần sau dùng lại. Nó chỉ được giữ khi bạn lưu sổ tính (Ctrl+S); đóng sổ mà không lưu thì mất.",
};
