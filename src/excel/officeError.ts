/** Office.js errors carry a code; the user gets a Vietnamese sentence instead, never a stack trace. */

const REASONS: Record<string, string> = {
  RequestPayloadSizeLimitExceeded: "dữ liệu gửi cho Excel vượt giới hạn của Excel trên web",
  ResponsePayloadSizeLimitExceeded: "dữ liệu Excel trả về vượt giới hạn của Excel trên web",
  ItemNotFound: "không tìm thấy trang tính hoặc vùng ô cần dùng",
  ItemAlreadyExists: "đã có một trang tính trùng tên",
  InvalidArgument: "Excel từ chối một giá trị hoặc địa chỉ ô",
  AccessDenied: "sổ tính đang được bảo vệ hoặc chỉ cho đọc",
  InvalidOperationInCellEditMode: "Excel đang ở chế độ sửa ô — nhấn Enter hoặc Esc rồi thử lại",
};

/** "…: <reason>" for an error thrown by Office.js (or anything else). */
export function officeReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && REASONS[code]) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 200);
}
