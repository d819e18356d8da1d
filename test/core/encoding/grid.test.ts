import { decodeGrid } from "../../../src/core/encoding/grid";
import { renderProblem } from "../../../src/i18n/problem";
import { encodeTcvn3, encodeVni } from "./letters";

describe("decodeGrid", () => {
  const unicodeHeader = ["STT", "Họ và tên", "Có điều kiện thi hành", "Thi hành xong"];

  it("reads each old-encoded cell in Unicode and names the first cell of each encoding", () => {
    const cells = [
      unicodeHeader,
      [1, "NguyÔn V¨n An", 12, "1.234"],
      [2, "Nguyeãn Vaên Bình", 7, null],
      [3, "Lê Thị Cúc", 0, "§×nh chØ"],
    ];
    const frozen = JSON.stringify(cells);
    const out = decodeGrid(cells, { sheetName: "Biểu 04", origin: { row: 4, col: 1 } });
    expect(out.cells).toEqual([
      unicodeHeader,
      [1, "Nguyễn Văn An", 12, "1.234"],
      [2, "Nguyễn Văn Bình", 7, null],
      [3, "Lê Thị Cúc", 0, "Đình chỉ"],
    ]);
    expect(out.found).toEqual([
      { encoding: "TCVN3", cells: 2, first: { row: 1, col: 1 } },
      { encoding: "VNI", cells: 1, first: { row: 2, col: 1 } },
    ]);
    // Grid B2 with the grid starting at sheet row 5, column C: 'Biểu 04'!C6, 0-based sheet row 5, col 2.
    expect(out.issues.map(({ where, severity, row, col }) => ({ where, severity, row, col }))).toEqual([
      { where: "'Biểu 04'!C6", severity: "warning", row: 5, col: 2 },
      { where: "'Biểu 04'!C7", severity: "warning", row: 6, col: 2 },
    ]);
    expect(renderProblem(out.issues[0].problem!, "vi")).toBe("2 ô gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) (ô đầu tiên 'Biểu 04'!C6) đã được đọc sang Unicode.");
    expect(renderProblem(out.issues[1].problem!, "en")).toBe("1 cell typed in the VNI-Windows (VNI-Times fonts) encoding (first 'Biểu 04'!C7) was read as Unicode.");
    expect(JSON.stringify(cells)).toBe(frozen);
    // Rows with nothing to read are the input's own rows.
    expect(out.cells[0]).toBe(cells[0]);
  });

  it("returns a grid with nothing to read as it is, with no note", () => {
    const cells = [["Thi hành xong", "Hà Nội", "Total", 12, true, null, new Date(2021, 7, 31)], ["1.234", "81,5%", "", " "]];
    const out = decodeGrid(cells);
    expect(out.cells).toBe(cells);
    expect(out.found).toEqual([]);
    expect(out.issues).toEqual([]);
  });

  it("puts decomposed Unicode in NFC without a note", () => {
    const nfd = "Đình chỉ".normalize("NFD");
    const out = decodeGrid([[nfd, "Xong"]]);
    expect(out.cells).toEqual([["Đình chỉ", "Xong"]]);
    expect(out.issues).toEqual([]);
  });

  it("passes 100,000 rows through in time comparable to visiting each cell once", () => {
    const names = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Quốc Tuấn"];
    const statuses = ["Thi hành xong", "Đình chỉ", "Đang thi hành", "Hoãn thi hành án"];
    const cells: unknown[][] = [];
    for (let r = 0; r < 100000; r++) cells.push([r + 1, `${r}/QĐ-CCTHADS`, names[r % 4], statuses[r % 4], "Phòng THADS khu vực 1", 1000 * r, "01/10/2020", r % 7]);
    // Baseline: the least code that looks at every text cell once (its normal form).
    const t0 = performance.now();
    let n = 0;
    for (const row of cells) for (const v of row) if (typeof v === "string" && v.normalize("NFC") !== v) n++;
    const baseline = performance.now() - t0;
    const t1 = performance.now();
    const out = decodeGrid(cells);
    const ours = performance.now() - t1;
    expect(n).toBe(0);
    expect(out.cells).toBe(cells);
    process.stdout.write(`decodeGrid 100,000 × 8: ${ours.toFixed(0)} ms; baseline ${baseline.toFixed(0)} ms\n`);
    expect(ours).toBeLessThan(Math.max(3 * baseline, 1500));
  });

  it("reads a register whose statuses were pasted from an old file", () => {
    const statuses = ["Thi hành xong", "Đình chỉ", "Đang thi hành", "Chưa có điều kiện thi hành"];
    const cells = [["Số QĐ", "Trạng thái"], ...statuses.map((s, i) => [`${i}/QĐ`, i % 2 ? encodeTcvn3(s) : encodeVni(s)])];
    const out = decodeGrid(cells);
    expect(out.cells.slice(1).map((r) => r[1])).toEqual(statuses);
    expect(out.found.map((f) => [f.encoding, f.cells])).toEqual([["TCVN3", 2], ["VNI", 2]]);
  });
});
