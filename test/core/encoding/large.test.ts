/**
 * A register too large to decode whole (over 200,000 cells): its headers, officers and statuses
 * typed in TCVN3 still give the figures of the same register typed in Unicode.
 */
import type { Grid } from "../../../src/core/grid";
import { sheetStatistics } from "../../../src/core/statistics";
import { encodeTcvn3, tcvn3CanSay } from "./letters";

const HEADER = ["STT", "Số QĐ", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Đơn vị", "Số tiền phải thi hành", "Số tiền đã thu", "Kết quả"];
const OFFICERS = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường"];
const STATUSES = ["Thi hành xong", "Đình chỉ", "Đang thi hành", "Chưa có điều kiện thi hành", "Hoãn thi hành án"];

function register(retype: (s: string) => string, rows: number): Grid {
  const cells: unknown[][] = [["SỔ THEO DÕI THI HÀNH ÁN"].map(retype), HEADER.map(retype)];
  for (let i = 0; i < rows; i++) {
    cells.push([i + 1, `${i}/QĐ-CCTHADS`, "05/10/2020", `Người phải thi hành ${i}`, retype(OFFICERS[i % 3]), retype(`Đội ${(i % 2) + 1}`), 1000 + (i % 7), i % 5 === 0 ? 1000 + (i % 7) : 0, retype(STATUSES[i % 5])]);
  }
  return { sheetName: "Sổ", origin: { row: 0, col: 0 }, cells, issues: [] };
}

it("decodes a 25,000-row register's headers, officers, units and statuses", () => {
  const choices = { reportDate: { year: 2021, month: 8, day: 31 } };
  const unicode = sheetStatistics(register((s) => s, 25000), choices);
  const old = sheetStatistics(register(encodeTcvn3, 25000), choices);
  if (unicode.kind === "none" || old.kind === "none") throw new Error("not recognised");
  expect(unicode.grid.cells.length * HEADER.length).toBeGreaterThan(200000);
  expect(old.kind).toBe("register");
  expect(old.table.members).toEqual(unicode.table.members);
  expect(old.statuses).toEqual(unicode.statuses?.map((s) => ({ ...s, text: tcvn3CanSay(s.text) })));
  expect(old.table.issues[0].problem).toMatchObject({ code: "encodingLegacyText", params: { encoding: "TCVN3" } });
  expect(old.table.issues.slice(1)).toEqual(unicode.table.issues);
});
