/**
 * Issue 10, item 7 in the pane's reader: the hidden and filtered rows of the range read are found
 * with Range.rowHidden, halving only where some rows are hidden: none costs nothing beyond the first
 * sync, a few cost a few rounds of tiny requests (the stand-in answers rowHidden as Office.js does).
 */
import { standin } from "./standin";
import { readActiveTable } from "../../src/excel/read";

beforeEach(() => standin.reset());

/** A table of n officers from B3: a title row, a header row, then n rows. */
function table(n: number): unknown[][] {
  return [["BẢNG THỐNG KÊ", "", ""], ["Chấp hành viên", "Có điều kiện", "Thi hành xong"], ...Array.from({ length: n }, (_, i) => [`Cán bộ ${i + 1}`, 30, 10])];
}

describe("hidden rows in readActiveTable", () => {
  it("none hidden: no hiddenRows, and still one sync", async () => {
    standin.addSheet("Thống kê", table(20), "B3");
    standin.resetStats();
    const read = await readActiveTable();
    expect(read.hiddenRows).toBeUndefined();
    expect(standin.stats.syncs).toHaveLength(1);
  });

  it("rows 7 and 15 of 22 hidden (sheet rows, 1-based): 0-based rows 6 and 14", async () => {
    standin.addSheet("Thống kê", table(20), "B3"); // sheet rows 3–24
    standin.hideRows("Thống kê", [7, 15, 40]); // row 40 is outside the used range
    const read = await readActiveTable();
    expect(read.hiddenRows).toEqual([6, 14]);
  });

  it("every row of 5.000 hidden but one: found in a few rounds of at most 1.000 ranges", async () => {
    standin.addSheet("Thống kê", table(4998), "A1"); // rows 1–5000
    const hidden = Array.from({ length: 5000 }, (_, i) => i + 1).filter((n) => n !== 2500);
    standin.hideRows("Thống kê", hidden);
    standin.resetStats();
    const read = await readActiveTable();
    expect(read.hiddenRows).toHaveLength(4999);
    expect(read.hiddenRows).not.toContain(2499);
    // halving 5.000 rows around one visible row: about log2(5.000) ≈ 13 rounds, two ranges each
    const extra = standin.stats.syncs.length;
    expect(extra).toBeLessThan(40);
  });
});
