import { standin } from "./standin";
import { headerSignature, loadMapping, mappingKey, saveMapping } from "../../src/excel/settings";

const HEADER = [
  ["BÁO CÁO", "", ""],
  ["Chấp hành viên", "Có điều kiện", "Thi hành xong"],
  ["A", 1, 2],
];
const mapping = { kind: "table", nameColumn: 0, columns: { cases: { eligible: 1, completed: 2 } }, targets: { cases: 0.815, money: 0.48 } };

beforeEach(() => standin.reset());

describe("headerSignature", () => {
  it("is the same for the same labels in the same place, whatever the case or diacritics", () => {
    const typedAgain = [HEADER[0], ["CHẤP HÀNH VIÊN", "Có  điều kiện", "thi hanh xong"]];
    expect(headerSignature(typedAgain, { first: 1, last: 1 }, { row: 0, col: 0 })).toBe(
      headerSignature(HEADER, { first: 1, last: 1 }, { row: 0, col: 0 }),
    );
  });
  it("changes when a label, the header rows or the table's position change", () => {
    const base = headerSignature(HEADER, { first: 1, last: 1 }, { row: 0, col: 0 });
    const relabelled = [HEADER[0], ["Chấp hành viên", "Có điều kiện", "Đình chỉ"]];
    expect(headerSignature(relabelled, { first: 1, last: 1 }, { row: 0, col: 0 })).not.toBe(base);
    expect(headerSignature(HEADER, { first: 0, last: 1 }, { row: 0, col: 0 })).not.toBe(base);
    expect(headerSignature(HEADER, { first: 1, last: 1 }, { row: 0, col: 1 })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("saveMapping / loadMapping", () => {
  it("keeps the confirmed mapping in the workbook, across a reopen", async () => {
    const signature = headerSignature(HEADER, { first: 1, last: 1 }, { row: 0, col: 0 });
    await saveMapping("Thống kê", signature, mapping, new Date("2021-09-03T08:00:00Z"));
    expect(Object.keys(standin.savedSettings())).toEqual([`thads.mapping:Thống kê:${signature}`]);
    standin.reopen();
    expect(loadMapping("Thống kê", signature)).toEqual({ mapping, savedAt: "2021-09-03T08:00:00.000Z" });
  });

  it("offers nothing for another sheet or another header", async () => {
    await saveMapping("Thống kê", "aaaaaaaa", mapping);
    expect(loadMapping("Thống kê 2", "aaaaaaaa")).toBeUndefined();
    expect(loadMapping("Thống kê", "bbbbbbbb")).toBeUndefined();
  });

  it("ignores what another version saved", () => {
    Office.context.document.settings.set(mappingKey("S", "aaaaaaaa"), { version: 0, savedAt: "", mapping });
    expect(loadMapping("S", "aaaaaaaa")).toBeUndefined();
  });
});
