/** The workbooks the browser tests preload in the stand-in: hand-made, with the figures the tests sum by hand. */
import ExcelJS from "exceljs";

/** A cell text that would run as code if the pane ever wrote cell texts as HTML. */
export const XSS = "<img src=x onerror=alert(1)>";

export const OFFICE = "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN AN PHÚ";

/** An officer table as offices keep it: titles, a "Về việc"/"Về tiền" band, column numbers, a total. */
export const OFFICER_TABLE: unknown[][] = [
  [OFFICE],
  ["BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ THEO CHẤP HÀNH VIÊN"],
  ["11 tháng năm 2021"],
  [],
  ["STT", "Chấp hành viên", "Về việc", "", "", "Về tiền (nghìn đồng)", "", "", XSS],
  ["", "", "Có điều kiện", "Thi hành xong", "Đình chỉ", "Có điều kiện", "Thi hành xong", "Đình chỉ", ""],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
  [1, "Nguyễn Văn An", 120, 85, 5, 2500000, 1000000, 50000, ""],
  [2, XSS, 80, 50, 2, "1.200.000", 400000, 0, "kiêm nhiệm"],
  [3, "Lê Văn Cường", 100, 90, 4, 3000000, 1600000, 100000, ""],
  ["", "Tổng cộng", 300, 225, 11, 6700000, 3000000, 150000, ""],
];

/** The officer table with one cell that is not a number: Lê Văn Cường's completed cases (D10). */
export const BAD_CELL_TABLE: unknown[][] = OFFICER_TABLE.map((row, r) => (r === 9 ? [3, "Lê Văn Cường", 100, "chín mươi", 4, 3000000, 1600000, 100000, ""] : row));

/** A case register: one row per decision; "Chờ bán đấu giá" is a status no rule knows. */
export const REGISTER: unknown[][] = [
  [OFFICE],
  ["SỔ THEO DÕI KẾT QUẢ THI HÀNH ÁN"],
  ["STT", "Số quyết định", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Kết quả", "Số tiền phải thi hành (nghìn đồng)", "Số tiền đã thu (nghìn đồng)"],
  [1, "12/QĐ-CCTHADS", "15/10/2020", "Phạm Văn Một", "Trần Văn Bình", "Thi hành xong", 100, 100],
  [2, "25/QĐ-CCTHADS", "20/11/2020", "Hồ Thị Hai", "Trần Văn Bình", "Đình chỉ", 50, 0],
  [3, "31/QĐ-CCTHADS", "05/01/2021", "Vũ Văn Ba", "Trần Văn Bình", "Đang thi hành", 200, 40],
  [4, "40/QĐ-CCTHADS", "10/02/2021", "Đỗ Thị Bốn", "Trần Văn Bình", "Chưa có điều kiện", 80, 0],
  [5, "47/QĐ-CCTHADS", "01/03/2021", "Ngô Văn Năm", "Trần Văn Bình", "Chờ bán đấu giá", 300, 0],
  [6, "18/QĐ-CCTHADS", "02/12/2020", "Lý Thị Sáu", "Lê Thị Hoa", "Xong", 120, 120],
  [7, "52/QĐ-CCTHADS", "03/04/2021", "Mai Văn Bảy", "Lê Thị Hoa", "TH xong", 60, 60],
  [8, "60/QĐ-CCTHADS", "04/05/2021", "Đinh Thị Tám", "Lê Thị Hoa", "Hoãn", 90, 0],
  [9, "66/QĐ-CCTHADS", "05/06/2021", "Tạ Văn Chín", "Lê Thị Hoa", "Chưa có ĐK", 70, 0],
  [10, "90/QĐ-CCTHADS", "15/09/2021", "Cao Thị Mười", "Lê Thị Hoa", "Thi hành xong", 500, 500],
];


/** Writes `rows` from A1 of one sheet into an .xlsx file, as an office's own file (to pick in the pane or the page). */
export async function writeWorkbook(file: string, sheet: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row) => ws.addRow(row));
  await wb.xlsx.writeFile(file);
  return file;
}
