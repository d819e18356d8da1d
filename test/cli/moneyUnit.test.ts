/**
 * Issue 10, item 1, through the command as a process: a statistics table kept in đồng is converted
 * to nghìn đồng with a note, and --money-unit overrides the unit the headers say. Fixtures:
 * scripts/make-table-fixtures.js; expected figures computed by hand from its raw amounts.
 */
import * as path from "path";
import { ROOT, thads, thadsJson } from "./run";

const FIXTURES = path.join(ROOT, "test", "fixtures", "tables-units");
const DONG = path.join(FIXTURES, "tien-dong-bang.xlsx");
const THOUSANDS = path.join(FIXTURES, "tien-nghin.xlsx");
const ARGS = ["--target-cases", "81,5", "--target-money", "48", "--date", "31/08/2021"];

const money = (json: any, i: number) => {
  const { eligible, completed, terminated } = json.rows[i].money;
  return [eligible, completed, terminated];
};

describe("thads report: the money unit", () => {
  test("'Về tiền (đồng)' in F4: each amount ÷ 1.000, rounded half up once, and the note says so", () => {
    const { status, json } = thadsJson(["report", DONG, ...ARGS]);
    expect(status).toBe(0);
    // Nguyễn Văn Hùng 1.250.500 / 600.499 / 100.000 đ; Trần Thị Mai 980.000 / 455.500 / 0 đ
    expect(money(json, 0)).toEqual([1251, 600, 100]);
    expect(money(json, 1)).toEqual([980, 456, 0]);
    expect(json.notes).toEqual([
      "Số tiền của bảng ghi bằng đồng (ô 'Biểu 04'!F4): đã đổi sang nghìn đồng, mỗi số làm tròn một lần đến nghìn đồng (từ 500 đồng làm tròn lên).",
    ]);
  });

  test("the note is printed with the written report too", () => {
    const r = thads(["report", DONG, ...ARGS, "--out", path.join(require("os").tmpdir(), `thads-unit-${process.pid}.xlsx`), "--force"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("Ghi chú:\n  - Số tiền của bảng ghi bằng đồng (ô 'Biểu 04'!F4)");
  });

  test("--money-unit thousand reads the đồng table as it is, with no conversion note", () => {
    const { json } = thadsJson(["report", DONG, ...ARGS, "--money-unit", "thousand"]);
    expect(money(json, 0)).toEqual([1250500, 600499, 100000]);
    expect(json.notes).toEqual([]);
  });

  test("--money-unit dong converts a thousands table: 1.250 → 1, 600 → 1 (0,6 rounds up), 100 → 0", () => {
    const { json } = thadsJson(["report", THOUSANDS, ...ARGS, "--money-unit", "dong"]);
    expect(money(json, 0)).toEqual([1, 1, 0]);
    expect(json.notes).toEqual([
      "Số tiền của bảng ghi bằng đồng (theo lựa chọn): đã đổi sang nghìn đồng, mỗi số làm tròn một lần đến nghìn đồng (từ 500 đồng làm tròn lên).",
    ]);
  });

  test("--money-unit xu is wrong usage (exit 2), named", () => {
    const r = thads(["report", DONG, ...ARGS, "--money-unit", "xu"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--money-unit "xu" không có; dùng dong (đồng) hoặc thousand (nghìn đồng).');
  });
});
