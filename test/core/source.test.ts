import { recognizeGrid } from "../../src/core/source";
import { OFFICER_TABLE_LEGACY } from "../fixtures/tables";

const REGISTER: unknown[][] = [
  ["SỔ THEO DÕI THI HÀNH ÁN"],
  ["Số QĐ", "Ngày thụ lý", "Người phải thi hành án", "Chấp hành viên", "Số tiền phải thi hành (đồng)", "Đã thu (đồng)", "Kết quả"],
  ["12/QĐ-CCTHADS", "05/10/2020", "Nguyễn Văn X", "Trần Thị Bình", 15000000, 15000000, "Xong"],
];

describe("recognizeGrid", () => {
  it("takes a statistics table as a table", () => {
    const found = recognizeGrid(OFFICER_TABLE_LEGACY);
    expect(found.kind).toBe("table");
  });

  it("takes a case register as a register, naming its officer and status columns", () => {
    const found = recognizeGrid(REGISTER);
    if (found.kind !== "register") throw new Error(`not a register: ${JSON.stringify(found)}`);
    expect(found.layout.columns).toEqual({ decisionNumber: 0, date: 1, officer: 3, amount: 4, collected: 5, status: 6 });
  });

  it("says why neither was found, once for each kind", () => {
    const found = recognizeGrid([["Danh sách cán bộ"], ["Họ tên", "Ngày sinh"], ["An", "1/1/1990"]]);
    if (found.kind !== "none") throw new Error("recognised a sheet that is neither");
    expect(found.reasons).toHaveLength(2);
    expect(found.reasons[0]).toMatch(/Có điều kiện/);
    expect(found.reasons[1]).toMatch(/Chấp hành viên|Trạng thái|thiếu/i);
  });
});
