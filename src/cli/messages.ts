/**
 * Everything the command says, in Vietnamese (default) and English (--lang en). Messages from the core
 * (problems found in the data) stay in Vietnamese: they come with their cell addresses.
 */
import type { Lang } from "../core/report/options";

export const USAGE: Record<Lang, string> = {
  vi: `Cách dùng:
  thads report TỆP.xlsx [TỆP.xlsx …] --target-cases 81,5 --target-money 48 [tùy chọn]
  thads report NĂM_NAY.xlsx --compare CÙNG_KỲ.xlsx --target-cases 81,5 --target-money 48 [tùy chọn]
  thads trend SỔ.xlsx | T10.xlsx T11.xlsx … --target-cases 81,5 --target-money 48 [tùy chọn]

Tạo báo cáo kết quả thi hành án dân sự (tỷ lệ thi hành xong so với chỉ tiêu) từ bảng thống kê
hoặc sổ theo dõi trong tệp .xlsx, không cần Excel. Nhiều tệp: báo cáo tổng hợp, mỗi tệp một đơn vị.

Tùy chọn:
  --date NGÀY              ngày báo cáo: 2021-08-31 hoặc 31/08/2021 (mặc định: cuối tháng trước)
  --target-cases TỶ_LỆ     chỉ tiêu về việc: 81.5, 81,5 hoặc 0.815 (bắt buộc)
  --target-money TỶ_LỆ     chỉ tiêu về tiền: 48, 48% hoặc 0.48 (bắt buộc)
  --sheet TÊN              trang tính chứa bảng (mặc định: trang đầu tiên nhận ra được)
  --out TỆP.xlsx           tệp báo cáo (mặc định: "Báo cáo 11 tháng 2021.xlsx" trong thư mục hiện tại)
  --force                  ghi đè tệp --out nếu đã có
  --office TÊN             tên cơ quan ghi ở tiêu đề (mặc định: đọc từ tệp)
  --exclude-terminated-money  không tính tiền đình chỉ vào tỷ lệ về tiền
  --compare TỆP.xlsx       so sánh với bảng cùng kỳ năm trước (một tệp báo cáo)
  --json                   in kết quả dạng JSON, không ghi tệp
  --lang vi|en             ngôn ngữ của báo cáo và thông báo (mặc định: vi)
  -h, --help               hiện hướng dẫn này

Mã thoát: 0 đã tạo báo cáo · 1 tệp hoặc số liệu có lỗi (không ghi gì) · 2 sai cách dùng.

Ví dụ:
  thads report assets/samples/bang-chap-hanh-vien.xlsx --date 31/08/2021 --target-cases 81,5 --target-money 48
  thads report assets/samples/tong-hop/*.xlsx --date 2025-08-31 --target-cases 83,9 --target-money 51,9
`,
  en: `Usage:
  thads report FILE.xlsx [FILE.xlsx …] --target-cases 81.5 --target-money 48 [options]
  thads report NOW.xlsx --compare LAST-YEAR.xlsx --target-cases 81.5 --target-money 48 [options]
  thads trend BOOK.xlsx | T10.xlsx T11.xlsx … --target-cases 81.5 --target-money 48 [options]

Builds the civil judgment enforcement results report (completion rate against target) from the
statistics table or case register of .xlsx files, without Excel. Several files: a consolidated
report with one unit per file.

Options:
  --date DATE              report date: 2021-08-31 or 31/08/2021 (default: end of last month)
  --target-cases RATE      target by cases: 81.5, 81,5 or 0.815 (required)
  --target-money RATE      target by money: 48, 48% or 0.48 (required)
  --sheet NAME             the sheet holding the table (default: the first one recognised)
  --out FILE.xlsx          the report file (default: "Report 11 months 2021.xlsx" in this directory)
  --force                  overwrite the --out file if it exists
  --office NAME            office name for the title (default: read from the file)
  --exclude-terminated-money  leave terminated money out of the money rate
  --compare FILE.xlsx      compare with the table of the same period last year (one report file)
  --json                   print the report as JSON instead of writing a file
  --lang vi|en             language of the report and messages (default: vi)
  -h, --help               show this help

Exit status: 0 report produced · 1 file or data errors (nothing written) · 2 wrong usage.

Example:
  thads report assets/samples/bang-chap-hanh-vien.xlsx --date 31/08/2021 --target-cases 81.5 --target-money 48
`,
};

export interface Messages {
  usageError: (what: string) => string;
  unknownCommand: (cmd: string) => string;
  noCommand: string;
  noFiles: string;
  unknownOption: (option: string) => string;
  optionNeedsValue: (option: string) => string;
  optionTakesNoValue: (option: string) => string;
  missingTarget: (flag: string) => string;
  badTarget: (flag: string, value: string) => string;
  badDate: (value: string) => string;
  badLang: (value: string) => string;
  jsonWithOut: string;
  notRecognised: (file: string, reasons: string[]) => string;
  opening: (file: string) => string;
  reading: (file: string) => string;
  aggregating: (file: string) => string;
  errorsHeading: (n: number) => string;
  warningsHeading: (n: number) => string;
  moreWarnings: (n: number) => string;
  written: (file: string) => string;
  unclassified: (text: string, count: number) => string;
  unexpected: (message: string) => string;
}

const vi: Messages = {
  usageError: (what) => `Sai cách dùng: ${what}`,
  unknownCommand: (cmd) => `lệnh "${cmd}" không có; dùng "thads report …".`,
  noCommand: `thiếu lệnh; dùng "thads report …".`,
  noFiles: "thiếu tệp .xlsx cần đọc.",
  unknownOption: (o) => `tùy chọn ${o} không có.`,
  optionNeedsValue: (o) => `tùy chọn ${o} cần một giá trị.`,
  optionTakesNoValue: (o) => `tùy chọn ${o} không nhận giá trị.`,
  missingTarget: (flag) => `thiếu ${flag} (chỉ tiêu, ví dụ 81,5).`,
  badTarget: (flag, v) => `${flag} "${v}" không phải là tỷ lệ từ 0 đến 100% (nhập 81.5, 81,5 hoặc 0.815).`,
  badDate: (v) => `--date "${v}" không phải là ngày hợp lệ (nhập 2021-08-31 hoặc 31/08/2021).`,
  badLang: (v) => `--lang "${v}" không có; dùng vi hoặc en.`,
  jsonWithOut: "--json in kết quả ra màn hình, không dùng cùng --out.",
  notRecognised: (file, reasons) =>
    `Tệp "${file}": không tìm thấy bảng thống kê hay sổ theo dõi nào.` + reasons.map((r) => `\n    ${r}`).join(""),
  opening: (file) => `Đang mở ${file}`,
  reading: (file) => `Đang đọc ${file}`,
  aggregating: (file) => `Đang tổng hợp sổ theo dõi ${file}`,
  errorsHeading: (n) => `Số liệu có ${n} lỗi, chưa ghi báo cáo:`,
  warningsHeading: (n) => `${n} cảnh báo:`,
  moreWarnings: (n) => `… và ${n} cảnh báo khác (xem --json).`,
  written: (file) => `Đã ghi báo cáo: ${file}`,
  unclassified: (text, count) => `Trạng thái "${text}" (${count} dòng) chưa được phân loại.`,
  unexpected: (m) => `Lỗi không mong đợi: ${m}`,
};

const en: Messages = {
  usageError: (what) => `Wrong usage: ${what}`,
  unknownCommand: (cmd) => `there is no command "${cmd}"; use "thads report …".`,
  noCommand: `missing command; use "thads report …".`,
  noFiles: "missing the .xlsx file(s) to read.",
  unknownOption: (o) => `there is no option ${o}.`,
  optionNeedsValue: (o) => `option ${o} needs a value.`,
  optionTakesNoValue: (o) => `option ${o} takes no value.`,
  missingTarget: (flag) => `missing ${flag} (a target such as 81.5).`,
  badTarget: (flag, v) => `${flag} "${v}" is not a rate between 0 and 100% (type 81.5, 81,5 or 0.815).`,
  badDate: (v) => `--date "${v}" is not a valid date (type 2021-08-31 or 31/08/2021).`,
  badLang: (v) => `--lang "${v}" is not available; use vi or en.`,
  jsonWithOut: "--json prints the report and cannot be used with --out.",
  notRecognised: (file, reasons) =>
    `"${file}": no statistics table or case register found.` + reasons.map((r) => `\n    ${r}`).join(""),
  opening: (file) => `Opening ${file}`,
  reading: (file) => `Reading ${file}`,
  aggregating: (file) => `Aggregating the register ${file}`,
  errorsHeading: (n) => `The data has ${n} error(s); no report written:`,
  warningsHeading: (n) => `${n} warning(s):`,
  moreWarnings: (n) => `… and ${n} more warning(s) (see --json).`,
  written: (file) => `Report written: ${file}`,
  unclassified: (text, count) => `Status "${text}" (${count} rows) is not classified.`,
  unexpected: (m) => `Unexpected error: ${m}`,
};

export const MESSAGES: Record<Lang, Messages> = { vi, en };
