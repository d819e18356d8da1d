/**
 * A register's money unit, read with the tables' unit words: from the money headers, the band above
 * them and a unit line of the title rows. A unit the add-in does not read (triệu đồng) is an error
 * naming its cell: 5 (triệu) read as 5 nghìn đồng, or as 5 đồng, would be wrong a thousand times over.
 */
import { registerMoneyUnit } from "../../../src/core/register/moneyUnit";
import { sheetStatistics } from "../../../src/core/statistics";
import { issueText } from "../../../src/i18n/problem";

const SHEET = "Sổ theo dõi";
const AUG_31 = { year: 2021, month: 8, day: 31 };
const CASE = [1, "05/10/2020", "Nguyễn Văn An", "Đang thi hành", 5, 2];

function statisticsOf(rows: unknown[][]) {
  const found = sheetStatistics({ sheetName: SHEET, origin: { row: 0, col: 0 }, cells: rows, issues: [] }, { reportDate: AUG_31, today: { year: 2021, month: 9, day: 1 } });
  if (found.kind !== "register") throw new Error(`not a register: ${found.kind}`);
  return found;
}
const errorsOf = (rows: unknown[][]) => statisticsOf(rows).table.issues.filter((i) => i.severity === "error");

describe("a unit the add-in does not read", () => {
  test("'(triệu đồng)' on the money headers: an error naming the first such header (E2)", () => {
    const rows = [
      ["SỔ THEO DÕI THI HÀNH ÁN DÂN SỰ", "", "", "", "", ""],
      ["STT", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", "Phải thi hành (triệu đồng)", "Đã thu (triệu đồng)"],
      CASE,
    ];
    const errors = errorsOf(rows);
    expect(errors.map((e) => [e.where, e.problem.code, e.row, e.col])).toEqual([["'Sổ theo dõi'!E2", "registerMoneyUnitUnreadable", 1, 4]]);
    expect(issueText(errors[0], "vi")).toBe(
      "Ô 'Sổ theo dõi'!E2 ghi đơn vị tiền \"Phải thi hành (triệu đồng)\": chỉ đọc được đồng hoặc nghìn đồng; hãy đổi số tiền của sổ sang một trong hai đơn vị này (và sửa tiêu đề).",
    );
    // No "no unit written" note beside it: the unit is written, and cannot be read.
    expect(statisticsOf(rows).table.issues.map((i) => i.problem.code)).not.toContain("registerNoUnit");
  });

  test("a unit line 'ĐVT: triệu đồng' in the title rows: an error naming the line's cell (A2)", () => {
    const rows = [
      ["SỔ THEO DÕI THI HÀNH ÁN DÂN SỰ", "", "", "", "", ""],
      ["ĐVT: triệu đồng", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["STT", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", "Phải thi hành", "Đã thu"],
      CASE,
    ];
    expect(errorsOf(rows).map((e) => [e.where, e.problem.code])).toEqual([["'Sổ theo dõi'!A2", "registerMoneyUnitUnreadable"]]);
  });
});

describe("the units a register writes", () => {
  const header = (unit: string) => ["STT", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", `Phải thi hành${unit}`, `Đã thu${unit}`];

  test("a band 'Số tiền (đồng)' above the amounts: đồng, from the header", () => {
    const rows = [["", "", "", "", "Số tiền (đồng)", ""], header(""), CASE];
    expect(registerMoneyUnit(rows, 1, [4, 5])).toEqual({ moneyUnit: "dong", fromHeader: true, notes: [] });
  });

  test("'(1.000đ)' on one amount, '(đồng)' on the other: the headers disagree, thousands assumed and said", () => {
    const rows = [["STT", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", "Phải thi hành (1.000đ)", "Đã thu (đồng)"], CASE];
    expect(registerMoneyUnit(rows, 0, [4, 5])).toEqual({ moneyUnit: "thousand", fromHeader: false, notes: [{ code: "registerMixedUnits", params: {} }] });
  });

  test("the unit line agrees with the headers or disagrees as they do", () => {
    const line = (text: string, unit: string) => [[text, "", "", "", "", ""], header(unit), CASE];
    expect(registerMoneyUnit(line("Đơn vị tính: đồng", ""), 1, [4, 5]).moneyUnit).toBe("dong");
    expect(registerMoneyUnit(line("Đơn vị tính: đồng", " (nghìn đồng)"), 1, [4, 5]).notes).toEqual([{ code: "registerMixedUnits", params: {} }]);
  });
});
