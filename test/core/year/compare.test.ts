/**
 * Comparison with the same period last year, on the generated pair of tables (tables.ts). Every
 * expected figure is worked out by hand from the tables' numbers (done = completed + terminated).
 */
import { buildComparedReport } from "../../../src/core/year/comparedReport";
import { periodInTitleRows } from "../../../src/core/periodName";
import { renderProblem } from "../../../src/i18n/problem";
import { LAST_YEAR, statTable, tableGrid, THIS_YEAR } from "./tables";

const options = { reportDate: { year: 2021, month: 8, day: 31 }, targets: { cases: 0.815, money: 0.48 } };
const previousTitle = (title: string) => periodInTitleRows(tableGrid([title], LAST_YEAR), 2, { sheetName: "Sheet1" });
const compared = (title = "11 tháng năm 2020", lang: "vi" | "en" = "vi") =>
  buildComparedReport(statTable(THIS_YEAR), { table: statTable(LAST_YEAR), titlePeriod: previousTitle(title), source: "cung-ky.xlsx" }, { ...options, lang });

describe("members compared by folded name", () => {
  const { comparison } = compared();

  it("An (written NGUYEN VAN  AN last year) is matched: done 165 against 152, rates 165/200 against 152/190", () => {
    const an = comparison.rows[0];
    expect(an.previous).toEqual({ cases: { eligible: 190, done: 152, rate: 0.8 }, money: { eligible: 8500, done: 4000, rate: expect.any(Number) } });
    expect(an.previous!.money.rate).toBeCloseTo(8 / 17, 12);
    expect(an.change!.cases).toEqual({ eligible: 10, done: 13, rate: expect.any(Number) });
    expect(an.change!.cases.rate).toBeCloseTo(0.825 - 0.8, 12);
    // 4200/9000 − 4000/8500 = 7/15 − 8/17 = (119 − 120)/255
    expect(an.change!.money.done).toBe(200);
    expect(an.change!.money.rate).toBeCloseTo(-1 / 255, 12);
  });

  it("Bình: cases 144/180 = 80% against 126/175 = 72%, +8 points", () => {
    const binh = comparison.rows[1];
    expect(binh.change!.cases.done).toBe(18);
    expect(binh.change!.cases.rate).toBeCloseTo(0.08, 12);
    expect(binh.change!.money.done).toBe(3234 - 3200);
    expect(binh.change!.money.rate).toBeCloseTo(3234 / 8000 - 8 / 19, 12);
  });

  it("Cường, new this year, has no comparison", () => {
    expect(comparison.rows[2]).toEqual({ previous: null, change: null });
  });

  it("Dung, gone this year, is listed and stays in last year's total", () => {
    expect(comparison.absentThisYear.map((a) => a.name)).toEqual(["Phạm Thu Dung"]);
    expect(comparison.allPreviousMatched).toBe(false);
    // last year: eligible 190 + 175 + 160 = 525, done 152 + 126 + 100 = 378 (72%); money 22100, 4000 + 3200 + 3500 = 10700
    expect(comparison.total.previous!.cases).toEqual({ eligible: 525, done: 378, rate: 0.72 });
    expect(comparison.total.previous!.money.eligible).toBe(22100);
    expect(comparison.total.previous!.money.done).toBe(10700);
    // this year: 550 eligible, 165 + 144 + 128 = 437 done; money 24000, 4200 + 3234 + 3064 = 10498
    expect(comparison.total.change!.cases.done).toBe(437 - 378);
    expect(comparison.total.change!.cases.eligible).toBe(25);
    expect(comparison.total.change!.cases.rate).toBeCloseTo(437 / 550 - 0.72, 12);
    expect(comparison.total.change!.money.done).toBe(-202);
  });

  it("the sentence: printed rates 79,45% against 72% and 43,74% against 48,42%", () => {
    const { doc } = compared();
    expect(doc.data.summary).toContain(
      "So với cùng kỳ năm 2020, số việc thi hành xong tăng 59 việc, tỷ lệ tăng 7,45%; số tiền thi hành xong giảm 202 nghìn đồng, tỷ lệ giảm 4,68%.",
    );
  });

  it("the sentence in English", () => {
    expect(compared("11 tháng năm 2020", "en").doc.data.summary).toContain(
      "Compared with the same period of 2020, cases completed rose by 59, the rate rose by 7.45 points; money completed fell by 202 thousand dong, the rate fell by 4.68 points.",
    );
  });

  it("the note naming Dung is a warning", () => {
    const texts = compared().doc.data.warnings.map((w) => renderProblem(w.problem, "vi"));
    expect(texts).toContain("Có trong bảng cùng kỳ nhưng không có trong kỳ này (vẫn được tính vào tổng cùng kỳ): Phạm Thu Dung.");
  });
});

describe("the period of the previous table", () => {
  const periodWarnings = (title: string) =>
    compared(title).doc.data.warnings.filter((w) => w.problem?.code.startsWith("yearPreviousPeriod")).map((w) => renderProblem(w.problem!, "vi"));

  it("the same months of the year before: no warning", () => {
    expect(periodWarnings("Từ ngày 01/10/2019 đến ngày 31/08/2020")).toEqual([]);
  });

  it("another period: a warning naming the title cell and both periods", () => {
    expect(periodWarnings("10 tháng năm 2020")).toEqual([
      "Bảng cùng kỳ (ô Sheet1!A2) ghi kỳ 10 tháng năm 2020 (01/10/2019 – 31/07/2020), không phải cùng kỳ năm trước của kỳ báo cáo: 11 tháng năm 2020 (01/10/2019 – 31/08/2020). Kiểm tra lại tệp so sánh.",
    ]);
  });

  it("this year's period given for last year's table is another period too", () => {
    expect(periodWarnings("11 tháng năm 2021")).toHaveLength(1);
  });

  it("two periods in the title: a warning naming both cells", () => {
    const titlePeriod = periodInTitleRows(tableGrid(["11 tháng năm 2020", "Tháng 7/2020"], LAST_YEAR), 3, { sheetName: "Sheet1" });
    const { doc } = buildComparedReport(statTable(THIS_YEAR), { table: statTable(LAST_YEAR), titlePeriod, source: "x" }, options);
    const texts = doc.data.warnings.filter((w) => w.problem?.code === "yearPreviousPeriodConflict").map((w) => renderProblem(w.problem!, "vi"));
    expect(texts).toEqual([
      "Tiêu đề bảng cùng kỳ ghi hai kỳ khác nhau: 11 tháng năm 2020 (01/10/2019 – 31/08/2020) (ô Sheet1!A2) và 10 tháng năm 2020 (01/10/2019 – 31/07/2020) (ô Sheet1!A3): đã coi là 11 tháng năm 2020 (01/10/2019 – 31/08/2020).",
    ]);
  });

  it("no period in the title: a warning saying what was assumed", () => {
    expect(periodWarnings("Báo cáo kết quả thi hành án")).toEqual([
      "Tiêu đề bảng cùng kỳ (cung-ky.xlsx) không ghi kỳ báo cáo: đã coi là 11 tháng năm 2020 (01/10/2019 – 31/08/2020).",
    ]);
  });
});

describe("names that fold alike", () => {
  it("are not compared, with a warning for each", () => {
    const twins = [...LAST_YEAR, { name: "Nguyễn Văn An", cases: [10, 1, 0] as [number, number, number], money: [10, 1, 0] as [number, number, number] }];
    const { comparison, doc } = buildComparedReport(statTable(THIS_YEAR), { table: statTable(twins), source: "cung-ky.xlsx" }, options);
    expect(comparison.rows[0]).toEqual({ previous: null, change: null });
    expect(doc.data.warnings.filter((w) => w.problem?.code === "yearAmbiguousName")).toHaveLength(2);
  });
});

describe("the comparison columns of the report sheet", () => {
  const { doc } = compared();
  const sheet = doc.sheets[0];
  const cell = (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return sheet.rows[Number(m[2]) - 1][col - 1];
  };

  it("every row has the 19 report columns and 10 more", () => {
    for (const row of sheet.rows) expect(row).toHaveLength(29);
    expect(sheet.columnWidths).toHaveLength(29);
  });

  it("headers: last year's band and the change band, per measure", () => {
    expect(cell("T5").value).toBe("Cùng kỳ năm 2020 · Về việc");
    expect(cell("W5").value).toBe("Tăng/giảm · Về việc");
    expect(cell("Y5").value).toBe("Cùng kỳ năm 2020 · Về tiền (nghìn đồng)");
    expect(cell("AB5").value).toBe("Tăng/giảm · Về tiền (nghìn đồng)");
    expect(sheet.merges).toEqual(expect.arrayContaining(["T5:V5", "W5:X5", "Y5:AA5", "AB5:AC5"]));
  });

  it("An's row (7): last year's figures as values, its rate and the changes as formulas", () => {
    expect(cell("T7")).toEqual({ value: 190 });
    expect(cell("U7")).toEqual({ value: 152 });
    expect(cell("V7")).toEqual({ value: 0.8, formula: '=IF(T7=0,"",U7/T7)' });
    expect(cell("W7")).toEqual({ value: 13, formula: "=D7-U7" });
    expect(cell("X7").formula).toBe('=IF(OR(C7=0,T7=0),"",E7-V7)');
    expect(cell("AB7")).toEqual({ value: 200, formula: "=L7-Z7" });
  });

  it("Cường (row 9), new this year: blank", () => {
    for (const a of ["T9", "U9", "V9", "W9", "X9", "Y9", "AC9"]) expect(cell(a)).toEqual({ value: null });
  });

  it("the total (row 10) is last year's total as a value, since Dung left; the note names her", () => {
    expect(cell("T10")).toEqual({ value: 525 });
    expect(cell("U10")).toEqual({ value: 378 });
    expect(cell("W10")).toEqual({ value: 59, formula: "=D10-U10" });
    expect(cell("T11").value).toContain("Phạm Thu Dung");
  });

  it("with every member matched, last year's total sums the rows", () => {
    const both = LAST_YEAR.slice(0, 2);
    const { doc: d } = buildComparedReport(statTable(THIS_YEAR.slice(0, 2)), { table: statTable(both), source: "x" }, options);
    const total = d.sheets[0].rows[8];
    expect(total[19]).toEqual({ value: 365, formula: "=SUM(T7:T8)" });
    expect(total[20]).toEqual({ value: 278, formula: "=SUM(U7:U8)" });
  });

  it("the summary cell carries the comparison sentence", () => {
    expect(sheet.rows.some((row) => row[0].value === doc.data.summary)).toBe(true);
    expect(doc.data.summary).toMatch(/^Kết quả thi hành án 11 tháng .* So với cùng kỳ năm 2020, /);
  });
});

describe("the comparison's headings follow the report's", () => {
  it("money done is 'Thi hành xong' when terminated money is not counted", () => {
    const { doc } = buildComparedReport(statTable(THIS_YEAR), { table: statTable(LAST_YEAR), source: "x" }, { ...options, countTerminatedMoney: false });
    const headings = doc.sheets[0].rows[5];
    expect([headings[24], headings[25], headings[26]].map((c) => c.value)).toEqual(["Có điều kiện", "Thi hành xong", "Tỷ lệ"]);
    expect([headings[19], headings[20]].map((c) => c.value)).toEqual(["Có điều kiện", "Xong + đình chỉ"]);
  });
});
