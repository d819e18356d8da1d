import { buildReport } from "../../../src/core/report/build";
import type { ReportSheet } from "../../../src/core/report/document";
import {
  AUG_2021,
  cell,
  expectFormulasAgree,
  formula,
  formulaCells,
  MAR_2021,
  member,
  officerTable,
  TARGETS,
  THREE_OFFICERS,
  value,
} from "./helpers";

const options = { reportDate: MAR_2021, targets: TARGETS, office: "Chi cục Thi hành án dân sự Quận 1" };

/** The values of a row between two columns, e.g. row(sheet, 6, "C", "J"). */
function rowValues(sheet: ReportSheet, row: number, from: string, to: string): unknown[] {
  const out: unknown[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(value(sheet, `${String.fromCharCode(c)}${row}`));
  return out;
}

describe("the report sheet of three officers (rows 7–9, total on row 10)", () => {
  const doc = buildReport(officerTable(THREE_OFFICERS), options);
  const sheet = doc.sheets[0];

  test("one sheet, named after the period; every row as wide as the table (A–S)", () => {
    expect(doc.sheets).toHaveLength(1);
    expect(sheet.name).toBe("Báo cáo 6 tháng 2021");
    expect(new Set(sheet.rows.map((r) => r.length))).toEqual(new Set([19]));
    expect(sheet.columnWidths).toHaveLength(19);
  });

  test("title rows: office in upper case, report title, period label, months left in C4", () => {
    expect(value(sheet, "A1")).toBe("CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN 1");
    expect(value(sheet, "A2")).toBe("BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ");
    expect(value(sheet, "A3")).toBe("6 tháng năm 2021 (01/10/2020 – 31/03/2021)");
    expect(value(sheet, "B4")).toBe("Số tháng còn lại của năm thống kê:");
    expect(value(sheet, "C4")).toBe(6);
    expect(cell(sheet, "C4").formula).toBeUndefined();
  });

  test("two-level header: bands over C:J and K:R, labels under them", () => {
    expect(rowValues(sheet, 5, "A", "C")).toEqual(["STT", "Chấp hành viên", "Về việc"]);
    expect(value(sheet, "K5")).toBe("Về tiền (nghìn đồng)");
    expect(value(sheet, "S5")).toBe("Xếp hạng");
    const labels = [
      "Có điều kiện",
      "Xong + đình chỉ",
      "Tỷ lệ",
      "Chỉ tiêu",
      "Còn thiếu (+) / Vượt (−)",
      "Cần thêm",
      "Cần thêm mỗi tháng còn lại",
      "Đạt / Chưa đạt",
    ];
    expect(rowValues(sheet, 6, "C", "J")).toEqual(labels);
    expect(rowValues(sheet, 6, "K", "R")).toEqual(labels);
    for (const range of ["A1:S1", "A2:S2", "A3:S3", "A5:A6", "B5:B6", "C5:J5", "K5:R5", "S5:S6"]) {
      expect(sheet.merges).toContain(range);
    }
  });

  test("member rows: inputs are values, computed cells are formulas over the row", () => {
    expect(rowValues(sheet, 7, "A", "D")).toEqual([1, "Nguyễn Văn An", 120, 98]);
    expect(value(sheet, "F7")).toBe(0.815);
    for (const a of ["A7", "B7", "C7", "D7", "F7", "K7", "L7", "N7"]) expect(formula(sheet, a)).toBeUndefined();
    expect(formula(sheet, "E7")).toBe('=IF(C7=0,"",D7/C7)');
    expect(formula(sheet, "G7")).toBe('=IF(C7=0,"",F7-E7)');
    expect(formula(sheet, "H7")).toBe("=CEILING(MAX(0,F7*C7-D7-F7*C7*1E-15),1)");
    expect(formula(sheet, "I7")).toBe("=IF($C$4<=0,H7,CEILING(H7/$C$4,1))");
    expect(formula(sheet, "J7")).toBe('=IF(C7=0,"",IF(ROUND(E7,12)>=ROUND(F7,12),"Đạt","Chưa đạt"))');
    expect(formula(sheet, "M8")).toBe('=IF(K8=0,"",L8/K8)');
    expect(formula(sheet, "P8")).toBe("=CEILING(MAX(0,N8*K8-L8-N8*K8*1E-15),1)");
    expect(formula(sheet, "S9")).toBe("=IF(C9=0,COUNT($E$7:$E$9)+1,RANK(E9,$E$7:$E$9))");
    // Bình's money: 35% of 10.000, 1.300 short, 217 a month, Chưa đạt
    expect(rowValues(sheet, 8, "K", "R")).toEqual([10000, 3500, 0.35, 0.48, 0.13, 1300, 217, "Chưa đạt"]);
    expect(rowValues(sheet, 7, "S", "S")).toEqual([2]);
  });

  test("total row: sums of the members, the office's targets, the same formulas on row 10", () => {
    expect(value(sheet, "B10")).toBe("Tổng cộng");
    expect(value(sheet, "A10")).toBeNull();
    expect(cell(sheet, "C10")).toEqual({ value: 167, formula: "=SUM(C7:C9)" });
    expect(cell(sheet, "D10")).toEqual({ value: 139, formula: "=SUM(D7:D9)" });
    expect(cell(sheet, "K10")).toEqual({ value: 62000, formula: "=SUM(K7:K9)" });
    expect(cell(sheet, "L10")).toEqual({ value: 29000, formula: "=SUM(L7:L9)" });
    expect(cell(sheet, "F10")).toEqual({ value: 0.815 });
    expect(cell(sheet, "N10")).toEqual({ value: 0.48 });
    expect(formula(sheet, "E10")).toBe('=IF(C10=0,"",D10/C10)');
    expect(rowValues(sheet, 10, "P", "R")).toEqual([760, 127, "Chưa đạt"]);
    expect(cell(sheet, "S10")).toEqual({ value: null });
  });

  test("every formula cell carries the figure of ReportData, and recalculates to it", () => {
    expect(formulaCells(sheet)).toHaveLength(3 * 11 + 14); // 5+5 computed + rank per member; 4 sums + 5+5 on the total
    expectFormulasAgree(sheet, doc.data);
  });

  test("number formats: percent for rates, targets and gaps; thousands for counts and money", () => {
    const formats = Object.fromEntries(sheet.numberFormats.map((f) => [f.range, f.format]));
    expect(formats).toEqual({
      "C7:C10": "#,##0", "D7:D10": "#,##0", "E7:E10": "0.00%", "F7:F10": "0.00%", "G7:G10": "0.00%",
      "H7:H10": "#,##0", "I7:I10": "#,##0",
      "K7:K10": "#,##0", "L7:L10": "#,##0", "M7:M10": "0.00%", "N7:N10": "0.00%", "O7:O10": "0.00%",
      "P7:P10": "#,##0", "Q7:Q10": "#,##0",
    });
  });

  test("styles: title, header, body, total", () => {
    expect(sheet.styles).toEqual(
      expect.arrayContaining([
        { range: "A1:S1", style: "title" },
        { range: "A2:S2", style: "title" },
        { range: "A3:S3", style: "subtitle" },
        { range: "A5:S6", style: "header" },
        { range: "A7:S9", style: "body" },
        { range: "A10:S10", style: "total" },
      ]),
    );
  });

  test("conditional format: member rows where either status is Chưa đạt", () => {
    expect(sheet.conditionalFormats).toEqual([{ range: "A7:S9", formula: '=OR($J7="Chưa đạt",$R7="Chưa đạt")' }]);
  });

  test("summary sentence and below-target line under the table, then the chart", () => {
    expect(value(sheet, "A12")).toBe(doc.data.summary);
    expect(value(sheet, "A13")).toBe("Chưa đạt chỉ tiêu: Trần Thị Bình, Lê Văn Cường");
    expect(sheet.merges).toEqual(expect.arrayContaining(["A12:S12", "A13:S13"]));
    expect(sheet.charts).toEqual([
      {
        title: "Tỷ lệ thi hành xong so với chỉ tiêu",
        kind: "columnClustered",
        categories: "B7:B9",
        series: [
          { name: "Tỷ lệ về việc", values: "E7:E9" },
          { name: "Chỉ tiêu về việc", values: "F7:F9" },
          { name: "Tỷ lệ về tiền", values: "M7:M9" },
          { name: "Chỉ tiêu về tiền", values: "N7:N9" },
        ],
        from: "A15",
        to: "S34",
      },
    ]);
    expect(sheet.rows).toHaveLength(13); // the chart floats over empty rows
  });

  test("print A4 landscape, one page wide, header rows 5–6 repeated and frozen", () => {
    expect(sheet.print).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: 5, last: 6 } });
    expect(sheet.frozenRows).toBe(6);
  });
});

test("eligible 0: rate, gap and status formulas give empty text; ranked last", () => {
  const doc = buildReport(
    officerTable([member("Có", [10, 9, 0], [100, 50, 0]), member("Không", [0, 0, 0], [0, 0, 0])]),
    { reportDate: AUG_2021, targets: TARGETS },
  );
  const sheet = doc.sheets[0];
  expect(rowValues(sheet, 8, "C", "J")).toEqual([0, 0, "", 0.815, "", 0, 0, ""]);
  expect(rowValues(sheet, 8, "K", "R")).toEqual([0, 0, "", 0.48, "", 0, 0, ""]);
  expect(value(sheet, "S8")).toBe(2);
  expectFormulasAgree(sheet, doc.data);
});

test("ties: 50%, 80%, 50%, 30% and no rate rank 2, 1, 2, 4, 5 in the sheet too", () => {
  const doc = buildReport(
    officerTable([
      member("Nửa", [2, 1, 0], [10, 5, 0]),
      member("Tám", [10, 8, 0], [10, 5, 0]),
      member("Hai phần tư", [4, 1, 1], [10, 5, 0]),
      member("Ba", [10, 3, 0], [10, 5, 0]),
      member("Không", [0, 0, 0], [10, 5, 0]),
    ]),
    { reportDate: AUG_2021, targets: TARGETS },
  );
  const sheet = doc.sheets[0];
  expect(rowValues(sheet, 7, "S", "S").concat(["S8", "S9", "S10", "S11"].map((a) => value(sheet, a)))).toEqual([2, 1, 2, 4, 5]);
  expectFormulasAgree(sheet, doc.data);
});

test("7% of 100: the needed formula recalculates to 7, as the figure", () => {
  const doc = buildReport(officerTable([member("A", [100, 0, 0], [100, 0, 0])]), {
    reportDate: AUG_2021,
    targets: { cases: 0.07, money: 0.07 },
  });
  expect(value(doc.sheets[0], "H7")).toBe(7);
  expectFormulasAgree(doc.sheets[0], doc.data);
});

test("with no month left (12 tháng) the per-month need is the whole need", () => {
  const doc = buildReport(officerTable(THREE_OFFICERS), { reportDate: { year: 2021, month: 9, day: 30 }, targets: TARGETS });
  const sheet = doc.sheets[0];
  expect(value(sheet, "C4")).toBe(0);
  expect(rowValues(sheet, 10, "P", "Q")).toEqual([760, 760]);
  expectFormulasAgree(sheet, doc.data);
});

test("countTerminatedMoney false: the money done column is headed Thi hành xong and a note says why", () => {
  const doc = buildReport(officerTable(THREE_OFFICERS), { ...options, countTerminatedMoney: false });
  const sheet = doc.sheets[0];
  expect(value(sheet, "D6")).toBe("Xong + đình chỉ");
  expect(value(sheet, "L6")).toBe("Thi hành xong");
  expect(rowValues(sheet, 7, "K", "M")).toEqual([50000, 20000, 0.4]);
  expect(value(sheet, "A14")).toBe("Về tiền: số tiền đình chỉ không được tính vào số đã thi hành xong.");
  expect(sheet.styles).toContainEqual({ range: "A14:S14", style: "note" });
  expectFormulasAgree(sheet, doc.data);
});

test("a source total that disagrees: a note line under the summary", () => {
  const table = officerTable(THREE_OFFICERS, { sheetTotal: member("Tổng cộng", [168, 132, 7], [62000, 24500, 4500], "Sheet1!B10") });
  const sheet = buildReport(table, options).sheets[0];
  expect(value(sheet, "A14")).toBe(
    "Dòng tổng của bảng nguồn (Sheet1!B10) khác tổng tính lại từ các dòng: về việc, có điều kiện thi hành: 168 (bảng nguồn) / 167 (tính lại). Báo cáo dùng tổng tính lại.",
  );
  expect(sheet.charts[0].from).toBe("A16");
});

test("units: the name column is headed Đơn vị; all met gives the all-met line", () => {
  const doc = buildReport(
    { memberKind: "unit", members: [member("Quận 1", [10, 9, 0], [100, 50, 0])], issues: [] },
    { reportDate: AUG_2021, targets: TARGETS },
  );
  const sheet = doc.sheets[0];
  expect(value(sheet, "B5")).toBe("Đơn vị");
  expect(value(sheet, "A1")).toBe("");
  expect(value(sheet, "A11")).toBe("Tất cả đều đạt chỉ tiêu.");
  expect(sheet.conditionalFormats[0].range).toBe("A7:S7");
});

test("English: English labels, status words and conditional format, the same numbers", () => {
  const vi = buildReport(officerTable(THREE_OFFICERS), options).sheets[0];
  const doc = buildReport(officerTable(THREE_OFFICERS), { ...options, lang: "en" });
  const sheet = doc.sheets[0];
  expect(sheet.name).toBe("Report 6 months 2021");
  expect(value(sheet, "A2")).toBe("CIVIL JUDGMENT ENFORCEMENT RESULTS REPORT");
  expect(value(sheet, "A3")).toBe("6 months of statistical year 2021 (1 Oct 2020 – 31 Mar 2021)");
  expect(rowValues(sheet, 5, "A", "C")).toEqual(["No.", "Enforcement officer", "Cases"]);
  expect(value(sheet, "K5")).toBe("Money (thousand dong)");
  expect(value(sheet, "B10")).toBe("Total");
  expect(rowValues(sheet, 8, "J", "J").concat([value(sheet, "R8")])).toEqual(["Met", "Not met"]);
  expect(formula(sheet, "J7")).toBe('=IF(C7=0,"",IF(ROUND(E7,12)>=ROUND(F7,12),"Met","Not met"))');
  expect(sheet.conditionalFormats[0].formula).toBe('=OR($J7="Not met",$R7="Not met")');
  expect(value(sheet, "A13")).toBe("Below target: Trần Thị Bình, Lê Văn Cường");
  for (let r = 7; r <= 10; r++) {
    for (const c of "CDEFGHIKLMNOPQS") expect(value(sheet, `${c}${r}`)).toEqual(value(vi, `${c}${r}`));
  }
  expectFormulasAgree(sheet, doc.data, (met) => (met === null ? "" : met ? "Met" : "Not met"));
});

test("no member: total row of values, no chart and no conditional format", () => {
  const sheet = buildReport(officerTable([]), options).sheets[0];
  expect(value(sheet, "B7")).toBe("Tổng cộng");
  expect(cell(sheet, "C7")).toEqual({ value: 0 });
  expect(value(sheet, "E7")).toBe("");
  expect(sheet.charts).toEqual([]);
  expect(sheet.conditionalFormats).toEqual([]);
  expect(sheet.styles).not.toContainEqual(expect.objectContaining({ style: "body" }));
});

test("the wanted sheet name is made valid and unique against the workbook's names", () => {
  const doc = buildReport(officerTable(THREE_OFFICERS), {
    ...options,
    sheetName: "Báo cáo 6/2021",
    existingSheetNames: ["Sheet1", "Báo cáo 6-2021"],
  });
  expect(doc.sheets[0].name).toBe("Báo cáo 6-2021 (2)");
});

describe("the name column", () => {
  test("keeps its width for short names and widens for long unit names, up to 45 characters", () => {
    expect(buildReport(officerTable(THREE_OFFICERS), options).sheets[0].columnWidths[1]).toBe(28);
    // 35 characters + 2 of margin
    const long = member("PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 12", [10, 5, 0], [100, 50, 0]);
    expect(buildReport(officerTable([long]), options).sheets[0].columnWidths[1]).toBe(37);
    const veryLong = member("X".repeat(80), [10, 5, 0], [100, 50, 0]);
    expect(buildReport(officerTable([veryLong]), options).sheets[0].columnWidths[1]).toBe(45);
  });
});
