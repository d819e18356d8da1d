/**
 * Problems with a workbook file itself (not with its figures): each becomes one line naming the file,
 * never a stack trace. Vietnamese by default, English for `thads --lang en`.
 */
import * as path from "path";

export type FileProblem =
  | "missing" // không tồn tại
  | "notFile" // là một thư mục
  | "locked" // không có quyền đọc / đang bị khóa
  | "legacyXls" // Excel 97-2003 (.xls) hoặc tệp được đặt mật khẩu
  | "notXlsx" // không phải tệp .xlsx
  | "corrupt" // .xlsx hỏng
  | "noSheet" // không có trang tính được chỉ định
  | "exists" // tệp kết quả đã có
  | "writeFailed"; // không ghi được tệp kết quả

type Render = (name: string, detail: string) => string;

const VI: Record<FileProblem, Render> = {
  missing: (n) => `Không tìm thấy tệp "${n}".`,
  notFile: (n) => `"${n}" là một thư mục, không phải tệp .xlsx.`,
  locked: (n) => `Không mở được tệp "${n}": tệp đang bị khóa hoặc không có quyền đọc.`,
  legacyXls: (n) =>
    `Tệp "${n}" là tệp Excel 97-2003 (.xls) hoặc được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng .xlsx.`,
  notXlsx: (n) => `Tệp "${n}" không phải là tệp Excel .xlsx.`,
  corrupt: (n, d) => `Tệp "${n}" bị hỏng, không đọc được${d ? ` (${d})` : ""}.`,
  noSheet: (n, d) => `Tệp "${n}" không có trang tính ${d}.`,
  exists: (n) => `Tệp "${n}" đã có; dùng --force để ghi đè hoặc --out để chọn tên khác.`,
  writeFailed: (n, d) => `Không ghi được tệp "${n}"${d ? ` (${d})` : ""}.`,
};

const EN: Record<FileProblem, Render> = {
  missing: (n) => `File "${n}" not found.`,
  notFile: (n) => `"${n}" is a directory, not an .xlsx file.`,
  locked: (n) => `Cannot open "${n}": the file is locked or not readable.`,
  legacyXls: (n) =>
    `"${n}" is an Excel 97-2003 (.xls) or password-protected file: open it in Excel, remove the password and save it as .xlsx.`,
  notXlsx: (n) => `"${n}" is not an Excel .xlsx file.`,
  corrupt: (n, d) => `"${n}" is damaged and cannot be read${d ? ` (${d})` : ""}.`,
  noSheet: (n, d) => `"${n}" has no sheet ${d}.`,
  exists: (n) => `"${n}" already exists; use --force to overwrite it or --out to choose another name.`,
  writeFailed: (n, d) => `Cannot write "${n}"${d ? ` (${d})` : ""}.`,
};

export class XlsxFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: FileProblem,
    /** words that complete the message: the library's reason, the sheets available */
    readonly detail = "",
  ) {
    super(VI[problem](path.basename(file), detail));
    this.name = "XlsxFileError";
  }

  /** The message in the given language (the detail stays as given). */
  describe(lang: "vi" | "en"): string {
    return (lang === "en" ? EN : VI)[this.problem](path.basename(this.file), this.detail);
  }
}

/** The problem an operating-system error code stands for when opening a file. */
export function problemOfOsError(err: unknown, fallback: FileProblem): FileProblem {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "missing";
  if (code === "EISDIR") return "notFile";
  if (code === "EACCES" || code === "EPERM" || code === "EBUSY") return "locked";
  return fallback;
}
