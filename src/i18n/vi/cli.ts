/**
 * Vietnamese texts of the cli area: the usage and everything the `thads` command says of its own.
 * Problem codes start with "cli" (a test checks they are unique).
 */
import { FORMATS } from "../format";

const num = FORMATS.vi.number;

export const problems = {};

export const words = {
  usage: `Cách dùng:
  thads report TỆP.xlsx [TỆP.xlsx …] --target-cases 81,5 --target-money 48 [tùy chọn]
  thads report NĂM_NAY.xlsx [… ] --compare CÙNG_KỲ.xlsx [--compare …] --target-cases 81,5 --target-money 48 [tùy chọn]
  thads trend SỔ.xlsx | T10.xlsx T11.xlsx … --target-cases 81,5 --target-money 48 [tùy chọn]

Tạo báo cáo kết quả thi hành án dân sự (tỷ lệ thi hành xong so với chỉ tiêu) từ bảng thống kê
hoặc sổ theo dõi trong tệp .xlsx, không cần Excel. Nhiều tệp: báo cáo tổng hợp, mỗi tệp một đơn vị.

Tùy chọn:
  --date NGÀY              ngày báo cáo: 2021-08-31 hoặc 31/08/2021 (mặc định: cuối kỳ ghi ở tiêu đề bảng,
                           không có thì cuối tháng trước)
  --target-cases TỶ_LỆ     chỉ tiêu về việc: 81.5, 81,5 hoặc 0.815 (bắt buộc)
  --target-money TỶ_LỆ     chỉ tiêu về tiền: 48, 48% hoặc 0.48 (bắt buộc)
  --sheet TÊN              trang tính chứa bảng (mặc định: trang đầu tiên nhận ra được)
  --out TỆP.xlsx           tệp báo cáo (mặc định: "Báo cáo 11 tháng 2021.xlsx" trong thư mục hiện tại)
  --force                  ghi đè tệp --out nếu đã có
  --office TÊN             tên cơ quan ghi ở tiêu đề (mặc định: đọc từ tệp)
  --exclude-terminated-money  không tính tiền đình chỉ vào tỷ lệ về tiền
  --money-unit dong|thousand  đơn vị tiền của bảng/sổ: đồng hoặc nghìn đồng (mặc định: theo tiêu đề cột)
  --compare TỆP.xlsx       so sánh với cùng kỳ năm trước; nhắc lại cho mỗi tệp năm trước (tổng hợp
                           nhiều tệp được so với tổng hợp các tệp năm trước, đơn vị khớp theo tên)
  --skip-hidden            bỏ các dòng bị ẩn hoặc bị lọc (mặc định: tính cả, như hàm SUM, và liệt kê các dòng đó)
  --range A20:T40          chỉ đọc vùng này của trang tính (khi một trang có hai bảng)
  --json                   in kết quả dạng JSON, không ghi tệp
  --lang vi|en             ngôn ngữ của báo cáo và thông báo (mặc định: vi)
  -h, --help               hiện hướng dẫn này

Mã thoát: 0 đã tạo báo cáo · 1 tệp hoặc số liệu có lỗi (không ghi gì) · 2 sai cách dùng.

Ví dụ:
  thads report assets/samples/bang-chap-hanh-vien.xlsx --date 31/08/2021 --target-cases 81,5 --target-money 48
  thads report assets/samples/tong-hop/*.xlsx --date 2025-08-31 --target-cases 83,9 --target-money 51,9
`,
  usageError: (what: string) => `Sai cách dùng: ${what}`,
  unknownCommand: (cmd: string) => `lệnh "${cmd}" không có; dùng "thads report …".`,
  noCommand: `thiếu lệnh; dùng "thads report …".`,
  noFiles: "thiếu tệp .xlsx cần đọc.",
  unknownOption: (o: string) => `tùy chọn ${o} không có.`,
  optionNeedsValue: (o: string) => `tùy chọn ${o} cần một giá trị.`,
  optionTakesNoValue: (o: string) => `tùy chọn ${o} không nhận giá trị.`,
  missingTarget: (flag: string) => `thiếu ${flag} (chỉ tiêu, ví dụ 81,5).`,
  badTarget: (flag: string, v: string) => `${flag} "${v}" không phải là tỷ lệ từ 0 đến 100% (nhập 81.5, 81,5 hoặc 0.815).`,
  badDate: (v: string) => `--date "${v}" không phải là ngày hợp lệ (nhập 2021-08-31 hoặc 31/08/2021).`,
  badLang: (v: string) => `--lang "${v}" không có; dùng vi hoặc en.`,
  badRange: (v: string) => `--range "${v}" không phải một vùng ô; viết như A20:T40.`,
  badMoneyUnit: (v: string) => `--money-unit "${v}" không có; dùng dong (đồng) hoặc thousand (nghìn đồng).`,
  notesHeading: "Ghi chú:",
  jsonWithOut: "--json in kết quả ra màn hình, không dùng cùng --out.",
  notRecognised: (file: string, reasons: string[]) =>
    `Tệp "${file}": không tìm thấy bảng thống kê hay sổ theo dõi nào.` + reasons.map((r) => `\n    ${r}`).join(""),
  opening: (file: string) => `Đang mở ${file}`,
  reading: (file: string) => `Đang đọc ${file}`,
  aggregating: (file: string) => `Đang tổng hợp sổ theo dõi ${file}`,
  errorsHeading: (n: number) => `Số liệu có ${num(n)} lỗi, chưa ghi báo cáo:`,
  warningsHeading: (n: number) => `${num(n)} cảnh báo:`,
  moreWarnings: (n: number) => `… và ${num(n)} cảnh báo khác (xem --json).`,
  written: (file: string) => `Đã ghi báo cáo: ${file}`,
  unclassified: (text: string, count: number) => `Trạng thái "${text}" (${num(count)} dòng) chưa được phân loại.`,
  unexpected: (m: string) => `Lỗi không mong đợi: ${m}`,
};
