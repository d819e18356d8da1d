/**
 * Issue 10, item 8 at the edges, through the command as a process: `--range` reports the second table
 * of a sheet (hai-bang.xlsx, scripts/make-table-fixtures.js: the units' table in A10:H14), naming its
 * cells by the sheet's own addresses; a range with no data and a range that is no range are told.
 */
import * as path from "path";
import { ROOT, thads, thadsJson } from "./run";

const FILE = path.join(ROOT, "test", "fixtures", "tables-units", "hai-bang.xlsx");
const ARGS = ["report", FILE, "--date", "31/08/2021", "--target-cases", "81,5", "--target-money", "48"];

describe("thads report --range", () => {
  test("without it: the first table (two officers), and a warning naming where the second starts", () => {
    const { status, json } = thadsJson(ARGS);
    expect(status).toBe(0);
    expect(json.rows.map((r: { name: string }) => r.name)).toEqual(["Nguyễn Văn Hùng", "Trần Thị Mai"]);
    expect(json.warnings.map((w: { where: string }) => w.where)).toContain("'Biểu 04'!A11");
  });

  test("--range A10:H14: the units' table, its figures summed by hand (300 + 250 eligible, 219 + 185 done)", () => {
    const { status, json } = thadsJson([...ARGS, "--range", "A10:H14"]);
    expect(status).toBe(0);
    expect(json.rows.map((r: { name: string }) => r.name)).toEqual(["Đội Thi hành án số 1", "Đội Thi hành án số 2"]);
    expect(json.total.cases.eligible).toBe(300 + 250);
    expect(json.total.cases.done).toBe(210 + 9 + 180 + 5);
    expect(json.total.money.eligible).toBe(5000 + 4200);
    expect(json.total.money.done).toBe(2500 + 200 + 2000 + 100);
    expect(json.warnings).toEqual([]);
  });

  test("--range A100:H120, below the data: exit 1, naming the range, the sheet and where its data is", () => {
    const r = thads([...ARGS, "--range", "A100:H120"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Vùng A100:H120 không có ô nào có dữ liệu của trang "Biểu 04" (dữ liệu nằm trong A1:H14).');
  });

  test("--range 'A10-H14' is no range: exit 2, the usage", () => {
    const r = thads([...ARGS, "--range", "A10-H14"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--range "A10-H14" không phải một vùng ô; viết như A20:T40.');
  });
});
