import { issueText } from "../../../src/i18n/problem";
import { buildReport, consolidateReports } from "../../../src/core/report/build";
import type { StatTable } from "../../../src/core/table/model";
import { expectFormulasAgree, MAR_2021, member, officerTable, TARGETS, THREE_OFFICERS, value } from "./helpers";
import { problem } from "../../../src/i18n/problem";

/**
 * Three districts:
 *   Quận 1: the three officers of helpers.ts   cases 167 eligible, 139 done  money 62.000 / 29.000
 *   Quận 3: Đào 50 / 30 + 2,  Hồ 30 / 27 + 0   cases  80 eligible,  59 done  money 20.000 / 10.000
 *   Quận 5: Vũ 0 cases, money 5.000 / 2.500     cases   0 eligible,   0 done  money  5.000 /  2.500
 */
const Q3_MEMBERS = [member("Đào Văn Đức", [50, 30, 2], [12000, 6000, 0]), member("Hồ Thị Hoa", [30, 27, 0], [8000, 3000, 1000])];
const Q5_MEMBERS = [member("Vũ Văn Khánh", [0, 0, 0], [5000, 2000, 500], "Sheet1!B7")];

const units: { name: string; table: StatTable }[] = [
  { name: "Quận 1", table: officerTable(THREE_OFFICERS, { office: "Chi cục THADS Quận 1" }) },
  { name: "Quận 3", table: officerTable(Q3_MEMBERS) },
  {
    name: "Quận 5",
    table: officerTable(Q5_MEMBERS, {
      issues: [{ where: "Sheet1!K7", problem: problem("tableRowWithoutName", { line: 7, cell: "Sheet1!K7" }), severity: "warning" }],
    }),
  },
];
const options = { reportDate: MAR_2021, targets: TARGETS, office: "Cục Thi hành án dân sự Thành phố Hồ Chí Minh" };

describe("consolidateReports", () => {
  const doc = consolidateReports(units, options);

  test("one row per unit, its members summed (hand sums above)", () => {
    expect(doc.data.rows.map((r) => [r.name, r.cases.eligible, r.cases.done, r.money.eligible, r.money.done])).toEqual([
      ["Quận 1", 167, 139, 62000, 29000],
      ["Quận 3", 80, 59, 20000, 10000],
      ["Quận 5", 0, 0, 5000, 2500],
    ]);
    // Quận 3: 59/80 = 73,75% → 0,815 × 80 = 65,2 → 66 required, 7 more, 2 a month; 10.000/20.000 = 50% Đạt
    expect(doc.data.rows[1].cases).toMatchObject({ rate: 0.7375, needed: 7, neededPerMonth: 2, met: false });
    expect(doc.data.rows[1].money).toMatchObject({ rate: 0.5, met: true });
    // ranks by case rate: Quận 1 83,23%, Quận 3 73,75%, Quận 5 none
    expect(doc.data.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    // total 198/247 cases; money 41.500/87.000; 0,48 × 87.000 = 41.760 → 260 more, 44 a month
    expect(doc.data.total.cases).toMatchObject({ eligible: 247, done: 198 });
    expect(doc.data.total.money).toMatchObject({ eligible: 87000, done: 41500, needed: 260, neededPerMonth: 44, met: false });
    expect(doc.data.office).toBe(options.office);
  });

  test("the same total as one table holding all the units' rows", () => {
    const all = buildReport(officerTable([...THREE_OFFICERS, ...Q3_MEMBERS, ...Q5_MEMBERS]), options);
    expect(doc.data.total).toEqual(all.data.total);
    expect(doc.data.summary).toBe(all.data.summary);
  });

  test("each unit row equals the total of that unit's own report", () => {
    units.forEach((u, i) => {
      const own = buildReport(u.table, options).data.total;
      expect(doc.data.rows[i].cases).toEqual(own.cases);
      expect(doc.data.rows[i].money).toEqual(own.money);
    });
  });

  test("sheets: the consolidation first (units), then one sheet per unit with its members", () => {
    expect(doc.sheets.map((s) => s.name)).toEqual(["Báo cáo 6 tháng 2021", "Quận 1", "Quận 3", "Quận 5"]);
    const [first, q1] = doc.sheets;
    expect(value(first, "B5")).toBe("Đơn vị");
    expect(value(first, "B7")).toBe("Quận 1");
    expect(value(first, "A1")).toBe("CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HỒ CHÍ MINH");
    expect(value(q1, "A1")).toBe("CHI CỤC THADS QUẬN 1");
    expect(value(doc.sheets[2], "A1")).toBe("QUẬN 3"); // no office in the table: the unit's name
    expect(value(q1, "B5")).toBe("Chấp hành viên");
    expect(value(q1, "B9")).toBe("Lê Văn Cường");
    expectFormulasAgree(first, doc.data);
    doc.units!.forEach((u, i) => expectFormulasAgree(doc.sheets[i + 1], u.data));
  });

  test("units' own reports are given with their sheet names", () => {
    expect(doc.units!.map((u) => [u.name, u.sheetName, u.data.rows.length])).toEqual([
      ["Quận 1", "Quận 1", 3],
      ["Quận 3", "Quận 3", 2],
      ["Quận 5", "Quận 5", 1],
    ]);
    expect(doc.units![2].data.warnings).toEqual(units[2].table.issues);
  });

  test("units' issues are listed with the unit's name before the cell, as Excel names another book's cell", () => {
    expect(doc.data.warnings).toEqual([
      { where: "[Quận 5]Sheet1!K7", problem: problem("tableRowWithoutName", { line: 7, cell: "Sheet1!K7" }), severity: "warning" },
    ]);
    expect(doc.data.errors).toEqual([]);
  });
});

test("unit names are made into valid, unique sheet names", () => {
  const table = officerTable([member("A", [1, 1, 0], [1, 1, 0])]);
  const doc = consolidateReports(
    [
      { name: "Chi cục THADS huyện Củ Chi [cũ]: số liệu 6/2021", table },
      { name: "quận 1", table },
      { name: "Quận 1", table },
    ],
    { ...options, existingSheetNames: ["Báo cáo 6 tháng 2021"] },
  );
  expect(doc.sheets.map((s) => s.name)).toEqual([
    "Báo cáo 6 tháng 2021 (2)",
    "Chi cục THADS huyện Củ Chi -cũ-",
    "quận 1",
    "Quận 1 (2)",
  ]);
  for (const s of doc.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
});

test("no unit: an error and an empty consolidation", () => {
  const doc = consolidateReports([], options);
  expect(doc.sheets).toHaveLength(1);
  expect(doc.units).toEqual([]);
  expect(doc.data.errors).toHaveLength(1);
});

test("an invalid target is listed once, not once per unit", () => {
  const doc = consolidateReports(units, { ...options, targets: { cases: 2, money: 0.48 } });
  expect(doc.data.errors).toHaveLength(1);
  expect(issueText(doc.data.errors[0], "vi")).toBe('Chỉ tiêu về việc "2" không hợp lệ: cần một tỷ lệ từ 0% đến 100%.');
});
