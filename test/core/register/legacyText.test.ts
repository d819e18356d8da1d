/**
 * A register too large to decode before recognition (over 200,000 cells) has its officers and
 * statuses typed in TCVN3 read by the register pass: the same figures as its Unicode twin, and one
 * note counting the case rows' old-encoded cells (two a row here: officer and status).
 */
import type { Grid } from "../../../src/core/grid";
import { sheetStatistics } from "../../../src/core/statistics";
import { encodeTcvn3 } from "../encoding/letters";

const HEADER = ["STT", "Số QĐ", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Đơn vị", "Số tiền phải thi hành", "Số tiền đã thu", "Kết quả"];
const OFFICERS = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường"];
const STATUSES = ["Thi hành xong", "Đình chỉ", "Đang thi hành", "Chưa có điều kiện thi hành", "Hoãn thi hành án"];
const ROWS = 24000; // 24,001 rows of 9 cells: over 200,000

function register(retype: (s: string) => string): Grid {
  const cells: unknown[][] = [HEADER.map(retype)];
  for (let i = 0; i < ROWS; i++) {
    const collected = i % 5 === 0 ? 1000 : 0;
    cells.push([i + 1, `${i}/QĐ-CCTHADS`, "05/10/2020", `Người ${i}`, retype(OFFICERS[i % 3]), "Đội 1", 1000, collected, retype(STATUSES[i % 5])]);
  }
  return { sheetName: "Sổ", origin: { row: 0, col: 0 }, cells, issues: [] };
}

it("reads a large register's TCVN3 officers and statuses in the pass, with the figures of its Unicode twin", () => {
  const choices = { reportDate: { year: 2021, month: 8, day: 31 } };
  const unicode = sheetStatistics(register((s) => s), choices);
  const old = sheetStatistics(register(encodeTcvn3), choices);
  if (unicode.kind !== "register" || old.kind !== "register") throw new Error("not recognised as registers");
  expect(old.table.members).toEqual(unicode.table.members);
  expect(old.table.members.map((m) => [m.name, m.cases.accepted])).toEqual([
    ["Lê Hoàng Cường", ROWS / 3],
    ["Nguyễn Văn An", ROWS / 3],
    ["Trần Thị Bích", ROWS / 3],
  ]);
  expect(old.statuses?.map((s) => [s.text, s.count])).toEqual(STATUSES.map((s) => [s, ROWS / 5]));
  const notes = old.table.issues.filter((i) => i.problem.code === "encodingLegacyText").map((i) => i.problem.params);
  // One note (issue 9): the header's old-encoded labels (all but "STT") and the case rows' officers and statuses.
  expect(notes).toEqual([{ encoding: "TCVN3", cells: 8 + 2 * ROWS, first: "Sổ!B1" }]);
  const others = (issues: typeof old.table.issues) => issues.filter((i) => i.problem.code !== "encodingLegacyText");
  expect(others(old.table.issues)).toEqual(others(unicode.table.issues));
});
