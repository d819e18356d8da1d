import { MIB, standin } from "./standin";
import { FIRST_MEMBER_ROW, sampleDocument } from "./sampleDocument";
import { writeReport } from "../../src/excel/write";
import { buildReport } from "../../src/core/report/build";
import type { ReportDocument } from "../../src/core/report/document";
import type { StatTable } from "../../src/core/table/model";

/** A statistics table of n officers with varied figures. */
function statTable(n: number): StatTable {
  const members = Array.from({ length: n }, (_, i) => ({
    name: `Chấp hành viên ${i + 1}`,
    cases: { eligible: 50 + (i % 40), completed: 20 + (i % 25), terminated: i % 3 },
    money: { eligible: 1_000_000 + i * 997, completed: 400_000 + i * 313, terminated: (i % 5) * 1000 },
  }));
  return { memberKind: "officer", members, issues: [] };
}

/** What each cell of the document should read back as: its formula, else its value ("" for none). */
const expectedCells = (doc: ReportDocument) =>
  doc.sheets[0].rows.map((row) => row.map((c) => c.formula ?? (c.value === null ? "" : c.value)));

const SOURCE = [
  ["BẢNG THỐNG KÊ KẾT QUẢ THI HÀNH ÁN", "", ""],
  ["Chấp hành viên", "Có điều kiện", "Xong"],
  ["Nguyễn Văn A", 35, 27],
  ["Trần Thị B", "1.234", "=B3+1"],
];

beforeEach(() => {
  standin.reset();
  standin.addSheet("Số liệu", SOURCE);
  standin.addSheet("Ghi chú", [["x"]]);
  standin.activate("Số liệu");
});

describe("writeReport: round trips and payload", () => {
  it.each([10, 1000, 5000])("writes %i member rows within 3 + ⌈payload MB⌉ syncs, no sync above 1 MB", async (members) => {
    const doc = sampleDocument(members);
    standin.resetStats();
    const result = await writeReport(doc);
    const { syncs, pendingAtEnd } = standin.stats;
    const total = syncs.reduce((s, x) => s + x.requestBytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(3 + Math.ceil(total / MIB));
    for (const s of syncs) expect(s.requestBytes).toBeLessThanOrEqual(MIB);
    expect(pendingAtEnd).toBe(0);
    // The payload really is what decides: the small report is two round trips (names, then everything).
    if (members === 10) expect(syncs.length).toBe(2);
    if (members === 5000) expect(total).toBeGreaterThan(2 * MIB);

    // Every cell as the document says: the formula where there is one, else the value.
    const written = standin.read(result.sheetNames[0], `A1:S${doc.sheets[0].rows.length}`);
    expect(written).toEqual(expectedCells(doc));
  });

  it.each([10, 1000, 5000])("writes the report builder's document for %i officers within the same budget", async (members) => {
    const doc = buildReport(statTable(members), { reportDate: { year: 2021, month: 8, day: 31 }, targets: { cases: 0.815, money: 0.48 } });
    standin.resetStats();
    const { sheetNames } = await writeReport(doc);
    const { syncs } = standin.stats;
    const total = syncs.reduce((s, x) => s + x.requestBytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(3 + Math.ceil(total / MIB));
    for (const s of syncs) expect(s.requestBytes).toBeLessThanOrEqual(MIB);
    const sheet = doc.sheets[0];
    const width = sheet.rows[0].length;
    const lastCol = String.fromCharCode(64 + width);
    expect(standin.read(sheetNames[0], `A1:${lastCol}${sheet.rows.length}`)).toEqual(expectedCells(doc));
    expect(standin.merges(sheetNames[0])).toEqual(sheet.merges);
    expect(standin.charts(sheetNames[0])).toHaveLength(sheet.charts.length);
    expect(standin.conditionalFormats(sheetNames[0]).map((c) => [c.range, c.formula])).toEqual(sheet.conditionalFormats.map((c) => [c.range, c.formula]));
  });

  it("leaves the source sheet exactly as it was", async () => {
    const before = standin.read("Số liệu");
    await writeReport(sampleDocument(50));
    expect(standin.read("Số liệu")).toEqual(before);
    expect(standin.read("Số liệu")).toEqual([
      ["BẢNG THỐNG KÊ KẾT QUẢ THI HÀNH ÁN", "", ""],
      ["Chấp hành viên", "Có điều kiện", "Xong"],
      ["Nguyễn Văn A", 35, 27],
      ["Trần Thị B", "1.234", "=B3+1"],
    ]);
    expect(standin.sheetNames()).toEqual(["Số liệu", "Ghi chú", "Báo cáo 11 tháng 2021"]);
  });
});

describe("writeReport: what lands on the sheet", () => {
  it("renders formats, merges, widths, conditional format, chart, print setup and freezes, then activates", async () => {
    const doc = sampleDocument(12);
    const { sheetNames } = await writeReport(doc);
    const name = sheetNames[0];
    const last = FIRST_MEMBER_ROW + 11;
    expect(standin.activeSheetName()).toBe(name);

    expect(standin.numberFormatAt(name, `E${FIRST_MEMBER_ROW}`)).toBe("0.00%");
    expect(standin.numberFormatAt(name, `G${last + 1}`)).toBe("0.00%");
    expect(standin.numberFormatAt(name, `K${FIRST_MEMBER_ROW}`)).toBe("#,##0");
    expect(standin.numberFormatAt(name, "A1")).toBe("General");

    expect(standin.formatAt(name, "C5")).toMatchObject({
      "font.bold": true,
      "fill.color": "#DDEBF7",
      wrapText: true,
      horizontalAlignment: "Center",
      "borders.EdgeTop.style": "Continuous",
      "borders.InsideHorizontal.style": "Continuous",
      "borders.InsideVertical.style": "Continuous",
    });
    expect(standin.formatAt(name, "A1")).toMatchObject({ "font.bold": true, "font.size": 14, horizontalAlignment: "Center" });
    expect(standin.formatAt(name, "A2")).toMatchObject({ "font.italic": true });
    expect(standin.formatAt(name, `B${last + 1}`)).toMatchObject({ "font.bold": true, "fill.color": "#F2F2F2" });
    const body = standin.formatAt(name, `B${FIRST_MEMBER_ROW}`);
    expect(body["font.bold"]).toBeUndefined();
    expect(body["fill.color"]).toBeUndefined();
    expect(body).toMatchObject({
      "borders.EdgeTop.style": "Continuous",
      "borders.EdgeBottom.style": "Continuous",
      "borders.EdgeLeft.style": "Continuous",
      "borders.EdgeRight.style": "Continuous",
      "borders.InsideHorizontal.style": "Continuous",
      "borders.InsideVertical.style": "Continuous",
    });

    expect(standin.merges(name)).toEqual(["A1:S1", "A2:S2", "C4:J4", "K4:R4", `A${last + 3}:S${last + 3}`]);
    // Excel's widths: n characters are n × 7 + 5 pixels, ¾ point each.
    expect(standin.columnWidth(name, 0)).toBe(30); // 5 characters: 40 px
    expect(standin.columnWidth(name, 1)).toBe(161.25); // 30 characters: 215 px
    expect(standin.columnWidth(name, 18)).toBe(61.5); // 11 characters: 82 px

    expect(standin.conditionalFormats(name)).toEqual([
      { type: "Custom", range: `A${FIRST_MEMBER_ROW}:S${last}`, formula: `=$E${FIRST_MEMBER_ROW}<$F${FIRST_MEMBER_ROW}`, fill: "#FCE4D6", fontColor: "#9C0006" },
    ]);
    expect(standin.charts(name)).toEqual([
      {
        type: "ColumnClustered",
        source: `E${FIRST_MEMBER_ROW}:E${last}`,
        seriesBy: "Columns",
        title: "Tỷ lệ thi hành xong so với chỉ tiêu",
        from: `B${last + 5}`,
        to: `J${last + 23}`,
        series: [
          { name: "Tỷ lệ về việc", values: `E${FIRST_MEMBER_ROW}:E${last}`, categories: `B${FIRST_MEMBER_ROW}:B${last}` },
          { name: "Chỉ tiêu về việc", values: `F${FIRST_MEMBER_ROW}:F${last}`, categories: `B${FIRST_MEMBER_ROW}:B${last}` },
        ],
      },
    ]);
    expect(standin.pageLayout(name)).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { first: 4, last: 6 },
    });
    expect(standin.frozenRows(name)).toBe(6);
  });

  it("sets the first series' values too, so a text at the top of the rate column cannot become its name", async () => {
    // A member with nothing eligible: its rate formula returns "", which Excel sees as text at the top
    // of the chart's source and would take for the series' name, starting the values a row lower.
    const doc = buildReport(statTable(4), { reportDate: { year: 2021, month: 8, day: 31 }, targets: { cases: 0.815, money: 0.48 } });
    const spec = doc.sheets[0].charts[0];
    const top = spec.series[0].values.split(":")[0];
    standin.formulaResult = (_sheet: string, ref: string) => (ref === top ? "" : 0.5);
    const { sheetNames } = await writeReport(doc);
    const [chart] = standin.charts(sheetNames[0]);
    expect(chart.series.map((s) => [s.name, s.values, s.categories])).toEqual(spec.series.map((s) => [s.name, s.values, spec.categories]));
  });

  it("never overwrites a sheet: a taken name gets (2), then (3)", async () => {
    standin.addSheet("Báo cáo 11 tháng 2021", [["cũ"]]);
    const first = await writeReport(sampleDocument(3));
    const second = await writeReport(sampleDocument(3));
    expect(first.sheetNames).toEqual(["Báo cáo 11 tháng 2021 (2)"]);
    expect(second.sheetNames).toEqual(["Báo cáo 11 tháng 2021 (3)"]);
    expect(standin.read("Báo cáo 11 tháng 2021")).toEqual([["cũ"]]);
  });

  it("writes text that Excel would misread as text: formulas, numbers, booleans, markup", async () => {
    const names = ["=1+1", "123", "01/02/2021", "-5", "TRUE", "<img src=x onerror=alert(1)>", "'quoted"];
    const doc = sampleDocument(names.length, "Báo cáo", names);
    const { sheetNames } = await writeReport(doc);
    const column = standin.read(sheetNames[0], `B${FIRST_MEMBER_ROW}:B${FIRST_MEMBER_ROW + names.length - 1}`).map((r) => r[0]);
    expect(column).toEqual(names);
  });
});

describe("writeReport: failure leaves the workbook as it was", () => {
  it.each([
    ["in the middle of the cells", (op: { kind: string; sync: number }) => op.kind === "range.formulas" && op.sync === 3],
    ["at the chart", (op: { kind: string }) => op.kind === "charts.add"],
    ["when activating", (op: { kind: string }) => op.kind === "worksheet.activate"],
  ])("fails %s: the half-written sheet is deleted, the active sheet restored", async (_where, failAt) => {
    const before = { names: standin.sheetNames(), source: standin.read("Số liệu") };
    let failed = false; // fail once: the clean-up that follows must work
    standin.failOn = (op) => !failed && (failed = failAt(op));
    await expect(writeReport(sampleDocument(5000))).rejects.toThrow(
      /^Không ghi được báo cáo vào sổ tính: .*Sổ tính được giữ nguyên như trước\.$/,
    );
    standin.failOn = null;
    expect(standin.sheetNames()).toEqual(before.names);
    expect(standin.activeSheetName()).toBe("Số liệu");
    expect(standin.read("Số liệu")).toEqual(before.source);
  });

  it("says so when even the clean-up fails, naming the sheet left behind", async () => {
    standin.failOn = (op) => op.kind === "charts.add" || op.kind === "worksheet.delete";
    await expect(writeReport(sampleDocument(3))).rejects.toThrow(
      'Không ghi được báo cáo vào sổ tính: Stand-in: injected failure at charts.add. Trang tính "Báo cáo 11 tháng 2021" có thể đã được ghi dở: hãy xoá nó.',
    );
  });

  it("names Excel's reason in Vietnamese, without a stack trace", async () => {
    standin.failOn = (op) => op.kind === "worksheets.add";
    const error = await writeReport(sampleDocument(3)).then(() => null, (e: Error) => e);
    expect(error?.message).toBe(
      "Không ghi được báo cáo vào sổ tính: Stand-in: injected failure at worksheets.add. Sổ tính được giữ nguyên như trước.",
    );
    expect(standin.sheetNames()).toEqual(["Số liệu", "Ghi chú"]);
  });
});
