/**
 * Issue 10, item 9 (the rest), through the command as a process and the web page's reader: a workbook
 * of chart sheets only says it has no worksheet (not "not an .xlsx"), naming its chart sheets; a table
 * without a member row names the file and the sheet. Fixtures: scripts/make-table-fixtures.js.
 */
import * as fs from "fs";
import * as path from "path";
import { readPicked } from "../../src/taskpane/fileSource";
import { ROOT, thads } from "./run";

const FIXTURES = path.join(ROOT, "test", "fixtures", "tables-units");
const TARGETS = ["--date", "31/08/2021", "--target-cases", "81,5", "--target-money", "48"];

describe("messages that tell what to do", () => {
  test("chi-bieu-do.xlsx (one chart sheet 'Biểu đồ'): exit 1, 'only chart sheets', in both languages", () => {
    const file = path.join(FIXTURES, "chi-bieu-do.xlsx");
    const vi = thads(["report", file, ...TARGETS]);
    expect(vi.status).toBe(1);
    expect(vi.stderr).toBe(
      'Tệp "chi-bieu-do.xlsx" chỉ có trang biểu đồ ("Biểu đồ"), không có trang tính nào chứa số liệu: hãy mở tệp có bảng thống kê hoặc sổ theo dõi.\n',
    );
    const en = thads(["report", file, ...TARGETS, "--lang", "en"]);
    expect(en.stderr).toContain('"chi-bieu-do.xlsx" holds only chart sheets ("Biểu đồ"), no worksheet with figures');
  });

  test("the web page's reader says the same of the same bytes", async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, "chi-bieu-do.xlsx")));
    const outcome = await readPicked({ name: "chi-bieu-do.xlsx", bytes }, "vi");
    expect(outcome).toEqual({ name: "chi-bieu-do.xlsx", error: expect.stringContaining('chỉ có trang biểu đồ ("Biểu đồ")') });
  });

  test("bang-trong.xlsx (header and total row, no member): exit 1, the error naming the file and the sheet", () => {
    const r = thads(["report", path.join(FIXTURES, "bang-trong.xlsx"), ...TARGETS]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `'Biểu 04'!A1: Bảng ở trang "Biểu 04" của tệp bang-trong.xlsx không có dòng số liệu nào (chấp hành viên hoặc đơn vị): kiểm tra trang tính, vùng đã chọn và ngày báo cáo.`,
    );
  });
});
