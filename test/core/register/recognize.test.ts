import { renderProblem } from "../../../src/i18n/problem";
import { isError } from "../../../src/core/errors";
import { recognizeRegister, RegisterLayout } from "../../../src/core/register/recognize";

function layoutOf(cells: unknown[][], opts?: Parameters<typeof recognizeRegister>[1]): RegisterLayout {
  const r = recognizeRegister(cells, opts);
  if (isError(r)) throw new Error(renderProblem(r.problem, "vi"));
  return r;
}

describe("recognizeRegister", () => {
  it("finds a one-row header under title rows, with the unit stated in a title line", () => {
    const cells: unknown[][] = [
      ["CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN AN PHÚ", "", "", "", "", "", "", ""],
      ["SỔ THEO DÕI KẾT QUẢ THI HÀNH ÁN", "", "", "", "", "", "", ""],
      ["Đơn vị tính: đồng", "", "", "", "", "", "", ""],
      ["STT", "Số QĐ", "Ngày thụ lý", "Chấp hành viên", "Đơn vị", "Trạng thái", "Số tiền phải thi hành", "Đã thu"],
      [1, "12/QĐ-CCTHADS", "15/10/2020", "Nguyễn Văn An", "Đội 1", "Xong", 1000000, 1000000],
    ];
    const l = layoutOf(cells, { sheetName: "Sổ", origin: { row: 2, col: 1 } });
    expect(l.kind).toBe("register");
    expect(l.headerRow).toBe(3);
    expect(l.firstDataRow).toBe(4);
    expect(l.columns).toEqual({ decisionNumber: 1, date: 2, officer: 3, unit: 4, status: 5, amount: 6, collected: 7 });
    expect(l.dateKind).toBe("accepted");
    expect(l.moneyUnit).toBe("dong");
    expect(l.moneyUnitFromHeader).toBe(true);
    expect(l.office).toBe("CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN AN PHÚ");
    expect(l.sheetName).toBe("Sổ");
    expect(l.origin).toEqual({ row: 2, col: 1 });
    expect(l.headers.status).toBe("Trạng thái");
    expect(l.headers.date).toBe("Ngày thụ lý");
    // Plain JSON: survives a round trip through the workbook's settings.
    expect(JSON.parse(JSON.stringify(l))).toEqual(l);
  });

  it("finds a two-row header with a money band, vertical merges and a row of column numbers", () => {
    // Office.js gives merged cells' text in the top-left cell only: the lower row is blank there.
    const cells: unknown[][] = [
      ["SỔ THEO DÕI", null, null, null, null, null, null],
      ["CHV", "Kết quả", "Ngày ra QĐ", "Số tiền (1.000 đ)", null, null, "Ghi chú"],
      [null, null, null, "Phải thi hành", "Thu được", "Đình chỉ", null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
      ["Trần Thị Bình", "Đình chỉ", 44200, 500, 0, 500, ""],
    ];
    const l = layoutOf(cells);
    expect(l.headerRow).toBe(2);
    expect(l.firstDataRow).toBe(4);
    expect(l.columns).toEqual({ officer: 0, status: 1, date: 2, amount: 3, collected: 4, terminatedAmount: 5 });
    expect(l.dateKind).toBe("decision");
    expect(l.notes).toContainEqual({ code: "registerNoAcceptedDate", params: {} });
    expect(l.moneyUnit).toBe("thousand");
    expect(l.moneyUnitFromHeader).toBe(true);
    expect(l.origin).toEqual({ row: 0, col: 0 });
  });

  it.each([
    ["Số tiền phải thi hành (đồng)", "Đã thu (đồng)", "dong"],
    ["Phải thi hành (đ)", "Đã thu (đ)", "dong"],
    ["Phải thi hành (nghìn đồng)", "Đã thu (nghìn đồng)", "thousand"],
    ["Phải thi hành (1000đ)", "Đã thu (1000đ)", "thousand"],
    ["Phải thi hành (1.000đ)", "Số tiền đã thi hành (1.000đ)", "thousand"],
  ])("reads the money unit from %j / %j", (amount, collected, unit) => {
    const l = layoutOf([["Người thụ lý", "Tình trạng thi hành", "Ngày thụ lý", amount, collected]]);
    expect(l.columns).toEqual({ officer: 0, status: 1, date: 2, amount: 3, collected: 4 });
    expect(l.moneyUnit).toBe(unit);
    expect(l.moneyUnitFromHeader).toBe(true);
  });

  it("assumes thousands with a note when no unit is written", () => {
    const l = layoutOf([["Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Số tiền", "Đã thu"]]);
    expect(l.columns.amount).toBe(3);
    expect(l.moneyUnit).toBe("thousand");
    expect(l.moneyUnitFromHeader).toBe(false);
    expect(l.notes).toContainEqual({ code: "registerNoUnit", params: {} });
  });

  it("prefers the acceptance date over the decision date", () => {
    const l = layoutOf([["Chấp hành viên", "Ngày QĐ", "Ngày thụ lý", "Trạng thái", "Phải thi hành", "Đã thu"]]);
    expect(l.columns.date).toBe(2);
    expect(l.dateKind).toBe("accepted");
  });

  it("does not take a 'Đơn vị tính' header for the unit column", () => {
    const l = layoutOf([["Chấp hành viên", "Trạng thái", "Ngày thụ lý", "Phải thi hành", "Đã thu", "Đơn vị tính"]]);
    expect(l.columns.unit).toBeUndefined();
  });

  it("does not take the parties' columns (người phải / được thi hành án) for amounts", () => {
    const cells: unknown[][] = [
      ["STT", "Người phải thi hành án", "Người được thi hành án", "Chấp hành viên", "Kết quả", "Ngày thụ lý", "Số tiền phải thi hành (đồng)", "Đã thu (đồng)"],
      [1, "Trần Văn B", "Ngân hàng A", "Lê Thị C", "Xong", "01/11/2020", 5000000, 5000000],
    ];
    expect(layoutOf(cells).columns).toEqual({ officer: 3, status: 4, date: 5, amount: 6, collected: 7 });
  });

  it("names the missing columns", () => {
    const r = recognizeRegister([["Chấp hành viên", "Ngày thụ lý", "Phải thi hành"]], { sheetName: "Sổ" });
    expect(isError(r)).toBe(true);
    if (isError(r)) {
      expect(renderProblem(r.problem, "vi")).toContain("Sổ");
      expect(renderProblem(r.problem, "vi")).toContain("Trạng thái");
      expect(renderProblem(r.problem, "vi")).toContain("Số tiền đã thu");
      expect(renderProblem(r.problem, "vi")).not.toContain("Chấp hành viên");
      expect(r.problem).toEqual({ code: "registerMissingColumns", params: { sheet: "Sổ", row: 1, missing: ["status", "collected"] } });
      expect(renderProblem(r.problem!, "en")).toBe('Sheet "Sổ": the header row (row 1) lacks the columns: Status / Result, Amount collected.');
    }
  });

  it("rejects a sheet with no header at all", () => {
    expect(isError(recognizeRegister([["a", "b"], [1, 2]]))).toBe(true);
    expect(isError(recognizeRegister([]))).toBe(true);
  });
});
