import { issueText } from "../../../src/i18n/problem";
import { buildReport } from "../../../src/core/report/build";
import { summarySentence } from "../../../src/core/summary";
import { AUG_2021, MAR_2021, member, officerTable, TARGETS, THREE_OFFICERS } from "./helpers";
import { problem } from "../../../src/i18n/problem";

const options = { reportDate: MAR_2021, targets: TARGETS, office: "Chi cục Thi hành án dân sự Quận 1" };

describe("buildReport: the figures (ReportData)", () => {
  const { data } = buildReport(officerTable(THREE_OFFICERS), options);

  test("period: 6 tháng năm 2021, 6 months left", () => {
    expect(data.period).toEqual({
      fiscalYear: 2021,
      months: 6,
      start: "2020-10-01",
      end: "2021-03-31",
      label: "6 tháng năm 2021 (01/10/2020 – 31/03/2021)",
      monthsRemaining: 6,
    });
    expect(data.office).toBe("Chi cục Thi hành án dân sự Quận 1");
  });

  test("An: cases 98/120 = 81,67% (exceeds by 0,17%), money 24.000/50.000 = 48% exactly", () => {
    const an = data.rows[0];
    expect(an.name).toBe("Nguyễn Văn An");
    expect(an.cases).toMatchObject({ eligible: 120, completed: 92, terminated: 6, done: 98, target: 0.815 });
    expect(an.cases.rate).toBeCloseTo(98 / 120, 12);
    expect(an.cases.gap).toBeCloseTo(0.815 - 98 / 120, 12); // −0,001667: vượt
    expect([an.cases.needed, an.cases.neededPerMonth, an.cases.met]).toEqual([0, 0, true]);
    expect(an.money).toMatchObject({ eligible: 50000, done: 24000, rate: 0.48, gap: 0, needed: 0, neededPerMonth: 0, met: true });
    expect(an.rank).toBe(2);
  });

  test("Bình: cases 36/40 = 90%; money 3.500/10.000 = 35%, 1.300 short (217 a month)", () => {
    const binh = data.rows[1];
    expect(binh.cases).toMatchObject({ eligible: 40, done: 36, rate: 0.9, gap: -0.085, needed: 0, neededPerMonth: 0, met: true });
    expect(binh.money).toMatchObject({ eligible: 10000, done: 3500, rate: 0.35, gap: 0.13, needed: 1300, neededPerMonth: 217, met: false });
    expect(binh.rank).toBe(1);
  });

  test("Cường: cases 5/7 = 71,43%; 0,815 × 7 = 5,705 → 6 required, 1 more; money 75%", () => {
    const cuong = data.rows[2];
    expect(cuong.cases.rate).toBeCloseTo(5 / 7, 12);
    expect(cuong.cases.gap).toBeCloseTo(0.815 - 5 / 7, 12);
    expect([cuong.cases.needed, cuong.cases.neededPerMonth, cuong.cases.met]).toEqual([1, 1, false]);
    expect(cuong.money).toMatchObject({ rate: 0.75, gap: -0.27, needed: 0, met: true });
    expect(cuong.rank).toBe(3);
  });

  test("total: rate of the sums (139/167 cases, 29.000/62.000 money)", () => {
    expect(data.total.name).toBe("Tổng cộng");
    expect(data.total.cases).toMatchObject({ eligible: 167, done: 139, needed: 0, met: true, target: 0.815 });
    expect(data.total.cases.rate).toBeCloseTo(139 / 167, 12);
    expect(data.total.money).toMatchObject({ eligible: 62000, done: 29000, needed: 760, neededPerMonth: 127, met: false });
    expect(data.total.rank).toBeUndefined();
  });

  test("summary sentence of the total and the members below target", () => {
    expect(data.summary).toBe(
      summarySentence({ months: 6, cases: { rate: 139 / 167, target: 0.815 }, money: { rate: 29000 / 62000, target: 0.48 } }),
    );
    expect(data.summary).toContain("83,23%/81,5% về việc");
    expect(data.belowTarget).toEqual(["Trần Thị Bình", "Lê Văn Cường"]);
    expect(data.warnings).toEqual([]);
    expect(data.errors).toEqual([]);
  });
});

test("DOMAIN.md's example in a report: the sentence the published report wrote", () => {
  const table = officerTable([member("Cục THADS", [10000, 7500, 214], [100000, 46000, 660])]);
  const { data } = buildReport(table, { reportDate: AUG_2021, targets: TARGETS });
  expect(data.total.cases.gap).toBe(0.0436);
  expect(data.total.money.gap).toBe(0.0134);
  expect(data.summary).toBe(
    "Kết quả thi hành án 11 tháng đã đạt tỷ lệ 77,14%/81,5% về việc (còn thiếu 4,36%) và đạt tỷ lệ 46,66%/48% về giá trị (còn thiếu 1,34%).",
  );
});

test("ties share a rank (1, 2, 2, 4) and a member without eligible cases ranks last", () => {
  const table = officerTable([
    member("Nửa", [2, 1, 0], [10, 5, 0]), // 50%
    member("Tám", [10, 8, 0], [10, 5, 0]), // 80%
    member("Hai phần tư", [4, 1, 1], [10, 5, 0]), // 50%
    member("Ba", [10, 3, 0], [10, 5, 0]), // 30%
    member("Không", [0, 0, 0], [10, 5, 0]), // no rate
  ]);
  const { data } = buildReport(table, { reportDate: AUG_2021, targets: TARGETS });
  expect(data.rows.map((r) => r.rank)).toEqual([2, 1, 2, 4, 5]);
  expect(data.rows[4].cases).toMatchObject({ rate: null, gap: null, met: null, needed: 0 });
  // every money rate is 50% ≥ 48%; "Không" has no case rate, so it is not below target
  expect(data.belowTarget).toEqual(["Nửa", "Tám", "Hai phần tư", "Ba"]);
});

test("terminated money not counted when countTerminatedMoney is false; cases still count it", () => {
  const { data } = buildReport(officerTable(THREE_OFFICERS), { ...options, countTerminatedMoney: false });
  // An 20.000/50.000 = 40%: 24.000 − 20.000 = 4.000 more, 667 a month; Bình 3.000 → 1.800 more, 300 a month
  expect(data.rows[0].money).toMatchObject({ done: 20000, terminated: 4000, rate: 0.4, gap: 0.08, needed: 4000, neededPerMonth: 667 });
  expect(data.rows[1].money).toMatchObject({ done: 3000, rate: 0.3, needed: 1800, neededPerMonth: 300 });
  // total 24.500 / 62.000; 29.760 − 24.500 = 5.260, 877 a month
  expect(data.total.money).toMatchObject({ done: 24500, needed: 5260, neededPerMonth: 877 });
  expect(data.total.cases.done).toBe(139);
  expect(data.belowTarget).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]);
});

test("the table's issues are copied by severity; a disagreeing source total adds a warning", () => {
  const table = officerTable(THREE_OFFICERS, {
    issues: [
      { where: "Sheet1!C8", problem: problem("tableRowWithoutName", { line: 8, cell: "Sheet1!C8" }), severity: "warning", row: 7, col: 2 },
      { where: "Sheet1!F9", problem: problem("tableRowWithoutName", { line: 9, cell: "Sheet1!F9" }), severity: "error", row: 8, col: 5 },
    ],
    sheetTotal: member("Tổng cộng", [168, 132, 7], [62000, 24500, 4500], "Sheet1!B10"),
  });
  const { data } = buildReport(table, options);
  expect(data.errors).toEqual([table.issues[1]]);
  expect(data.warnings).toHaveLength(2);
  expect(data.warnings[0]).toBe(table.issues[0]);
  expect(data.warnings[1]).toEqual({
    where: "Sheet1!B10",
    severity: "warning",
    problem: {
      code: "reportSheetTotalMismatch",
      params: { cell: "Sheet1!B10", differences: [{ measure: "cases", category: "eligible", sheet: 168, computed: 167 }] },
    },
  });
  expect(issueText(data.warnings[1], "vi")).toBe(
    "Dòng tổng của bảng nguồn (Sheet1!B10) khác tổng tính lại từ các dòng: về việc, có điều kiện thi hành: 168 (bảng nguồn) / 167 (tính lại). Báo cáo dùng tổng tính lại.",
  );
  expect(issueText(data.warnings[1], "en")).toBe(
    "The source table's total row (Sheet1!B10) differs from the total of its rows: by cases, enforceable: 168 (source) / 167 (recomputed). The report uses the recomputed total.",
  );
  // the report still uses the recomputed total
  expect(data.total.cases.eligible).toBe(167);
});

test("a source total that agrees adds nothing", () => {
  const table = officerTable(THREE_OFFICERS, { sheetTotal: member("Cộng", [167, 132, 7], [62000, 24500, 4500]) });
  expect(buildReport(table, options).data.warnings).toEqual([]);
});

test("office: typed name first, then the table's; empty when neither", () => {
  const table = officerTable(THREE_OFFICERS, { office: "Phòng Thi hành án dân sự khu vực 1" });
  expect(buildReport(table, { reportDate: MAR_2021, targets: TARGETS }).data.office).toBe("Phòng Thi hành án dân sự khu vực 1");
  expect(buildReport(table, options).data.office).toBe("Chi cục Thi hành án dân sự Quận 1");
  expect(buildReport(officerTable(THREE_OFFICERS), { reportDate: MAR_2021, targets: TARGETS }).data.office).toBe("");
});

test("targets outside 0..1 are errors and no figure is NaN", () => {
  const { data } = buildReport(officerTable(THREE_OFFICERS), { reportDate: MAR_2021, targets: { cases: 81.5, money: NaN } });
  expect(data.errors.map((e) => e.problem)).toEqual([
    { code: "reportTargetInvalid", params: { measure: "cases", value: 81.5 } },
    { code: "reportTargetInvalid", params: { measure: "money", value: NaN } },
  ]);
  expect(data.errors.map((e) => issueText(e, "vi"))).toEqual([
    'Chỉ tiêu về việc "81,5" không hợp lệ: cần một tỷ lệ từ 0% đến 100%.',
    'Chỉ tiêu về tiền "NaN" không hợp lệ: cần một tỷ lệ từ 0% đến 100%.',
  ]);
  const figures = JSON.stringify([data.rows, data.total]);
  expect(figures).not.toMatch(/NaN|Infinity/);
  expect(data.total.cases.target).toBe(0);
});

test("no member: an error, a zero total and a statement instead of the sentence", () => {
  const { data } = buildReport(officerTable([]), options);
  expect(data.errors).toHaveLength(1);
  expect(issueText(data.errors[0], "vi")).toBe("Bảng không có dòng số liệu nào (chấp hành viên hoặc đơn vị).");
  expect(issueText(data.errors[0], "en")).toBe("The table has no rows of figures (officers or units).");
  expect(data.total.cases).toMatchObject({ eligible: 0, done: 0, rate: null, needed: 0 });
  expect(data.summary).toBe("Không tính được tỷ lệ chung: số có điều kiện thi hành bằng 0.");
  expect(data.belowTarget).toEqual([]);
});

test("English: same figures, English labels in the data", () => {
  const vi = buildReport(officerTable(THREE_OFFICERS), options).data;
  const en = buildReport(officerTable(THREE_OFFICERS), { ...options, lang: "en" }).data;
  expect(en.rows).toEqual(vi.rows);
  expect({ ...en.total, name: "" }).toEqual({ ...vi.total, name: "" });
  expect(en.total.name).toBe("Total");
  expect(en.period.label).toBe("6 months of statistical year 2021 (1 Oct 2020 – 31 Mar 2021)");
  // The same figures as the Vietnamese sentence, in the report's language.
  expect(vi.summary).toBe("Kết quả thi hành án 6 tháng đã đạt tỷ lệ 83,23%/81,5% về việc (vượt 1,73%) và đạt tỷ lệ 46,77%/48% về giá trị (còn thiếu 1,23%).");
  expect(en.summary).toBe("Enforcement results over 6 months: 83.23%/81.5% by cases (1.73% over) and 46.77%/48% by value (1.23% short).");
});
