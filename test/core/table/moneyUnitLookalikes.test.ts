/**
 * Words that fold to "dong" but are no currency: "dòng" (a line), "Đông" (east, as in "huyện Đông
 * Anh"), "động" ("chủ động"). Folded, they read as "đồng", so a note "mỗi quyết định một dòng" once
 * made a register in nghìn đồng say its headers disagree on the unit, or, with no unit in its
 * headers, divided its money by 1.000. They are told apart by their marks, in the header labels of
 * registers and tables and in the unit lines of tables. Expected units by hand from the words.
 */
import { isError } from "../../../src/core/errors";
import { recognizeRegister, RegisterLayout } from "../../../src/core/register/recognize";
import { extractTable } from "../../../src/core/table/extract";
import { moneyUnitOf, unitLineMoneyUnit } from "../../../src/core/table/labels";
import { recognizeTable } from "../../../src/core/table/recognize";

describe("a label's money unit, with the words that only fold like đồng", () => {
  test("'dòng', 'Đông', 'động' and 'đong' state no unit", () => {
    const labels = ["Ghi chú: mỗi quyết định một dòng", "Số dòng", "CHI CỤC THADS HUYỆN ĐÔNG ANH", "Chủ động", "đong"];
    expect(labels.map(moneyUnitOf)).toEqual(Array(labels.length).fill(undefined));
  });

  test("words đồng is a syllable of name no money: hợp đồng, đồng sở hữu, Đồng Nai …", () => {
    const labels = ["Số tiền theo hợp đồng", "Người đồng sở hữu", "Đồng phạm", "Việc chủ động (đồng ý)", "CỤC THADS TỈNH ĐỒNG NAI", "Chi cục THADS thành phố Đồng Hới"];
    expect(labels.map(moneyUnitOf)).toEqual(Array(labels.length).fill(undefined));
    expect(["Số tiền theo hợp đồng (đồng)", "Tỉnh Đồng Tháp – ĐVT: đồng"].map(moneyUnitOf)).toEqual(["dong", "dong"]);
  });

  test("đồng in any case, composed or decomposed, and 'dong' written without marks are the currency", () => {
    const labels = ["Số tiền (đồng)", "SỐ TIỀN (ĐỒNG)", "So tien (dong)", "SO TIEN DONG", "Số tiền (đồng)".normalize("NFD"), "Số tiền (đồng) – mỗi dòng một việc"];
    expect(labels.map(moneyUnitOf)).toEqual(Array(labels.length).fill("dong"));
    expect(["Số tiền (nghìn đồng), mỗi quyết định một dòng", "1.000 đồng", "Tiền (1000đ)"].map(moneyUnitOf)).toEqual(Array(3).fill("thousand"));
  });

  test("unit lines: the unit written, never 'dòng'", () => {
    expect(unitLineMoneyUnit("Đơn vị tính: việc, nghìn đồng; mỗi chấp hành viên một dòng")).toBe("thousand");
    expect(unitLineMoneyUnit("Đơn vị tính: việc; đồng (mỗi dòng một chấp hành viên)")).toBe("dong");
    expect(unitLineMoneyUnit("Đơn vị tính: việc; mỗi dòng một chấp hành viên")).toBeUndefined();
    expect(unitLineMoneyUnit("ĐVT: việc - Phòng THADS khu vực Đông Anh")).toBeUndefined();
  });
});

describe("through recognition and extraction", () => {
  const SHEET = "Sổ theo dõi";
  /** A register in nghìn đồng or with no unit, `above` (the note "một dòng") on the row above its header. */
  function register(unit: string, above = "Ghi chú: mỗi quyết định một dòng"): unknown[][] {
    return [
      ["SỔ THEO DÕI THI HÀNH ÁN DÂN SỰ", "", "", "", "", ""],
      [above, "", "", "", "", ""],
      ["STT", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", `Phải thi hành${unit}`, `Đã thu${unit}`],
      [1, "05/10/2020", "Nguyễn Văn An", "Đang thi hành", 3000, 1000],
    ];
  }
  const layoutOf = (cells: unknown[][]): RegisterLayout => {
    const layout = recognizeRegister(cells, { sheetName: SHEET });
    if (isError(layout)) throw new Error(layout.problem.code);
    return layout;
  };

  test("a register in nghìn đồng: thousands from its headers, no disagreement of units", () => {
    const layout = layoutOf(register(" (nghìn đồng)"));
    expect([layout.moneyUnit, layout.moneyUnitFromHeader, layout.notes.map((n) => n.code)]).toEqual(["thousand", true, []]);
  });

  test("a register with no unit in its headers: thousands assumed and said, not đồng", () => {
    const layout = layoutOf(register(""));
    expect([layout.moneyUnit, layout.moneyUnitFromHeader, layout.notes.map((n) => n.code)]).toEqual(["thousand", false, ["registerNoUnit"]]);
  });

  test("the office's title line just above the header ('Cục THADS tỉnh Đồng Nai') states no unit either", () => {
    const layout = layoutOf(register(" (nghìn đồng)", "CỤC THI HÀNH ÁN DÂN SỰ TỈNH ĐỒNG NAI"));
    expect([layout.moneyUnit, layout.notes.map((n) => n.code)]).toEqual(["thousand", []]);
  });

  test("a statistics table whose unit line says 'một dòng' and no money unit: its amounts read as thousands, as written", () => {
    const cells = [
      ["BÁO CÁO KẾT QUẢ THI HÀNH ÁN THEO CHẤP HÀNH VIÊN", "", "", "", ""],
      ["Đơn vị tính: việc; mỗi chấp hành viên một dòng", "", "", "", ""],
      ["Chấp hành viên", "Có ĐK", "Xong", "Tiền có ĐK", "Tiền xong"],
      ["Ngô Văn Lợi", 10, 8, 5000, 2600],
    ];
    const layout = recognizeTable(cells, { sheetName: "Biểu 04" });
    if (isError(layout)) throw new Error(layout.problem.code);
    const t = extractTable(cells, layout, { sheetName: "Biểu 04" });
    expect(t.members.map((m) => [m.money.eligible, m.money.completed])).toEqual([[5000, 2600]]); // not 5 and 3
    expect(t.notes).toEqual([{ code: "tableMoneyUnitAssumed", params: {} }]);
  });
});
