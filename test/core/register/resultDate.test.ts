/**
 * Registers over time (issue 12): the result-date column, the state of each case at the report
 * date, the note when the column is missing, and the red flags. Figures counted by hand below.
 */
import { isError } from "../../../src/core/errors";
import { aggregateRegister, RegisterOptions } from "../../../src/core/register/aggregate";
import { recognizeRegister, RegisterLayout } from "../../../src/core/register/recognize";
import type { Issue } from "../../../src/core/table/model";
import { issueText } from "../../../src/i18n/problem";
import { renderProblem } from "../../../src/i18n/problem";

const REPORT_DATE = { year: 2021, month: 8, day: 31 }; // D; S = 1/10/2020
const TODAY = { year: 2021, month: 9, day: 15 };

function layoutOf(cells: unknown[][]): RegisterLayout {
  const r = recognizeRegister(cells, { sheetName: "Sổ theo dõi" });
  if (isError(r)) throw new Error(renderProblem(r.problem, "vi"));
  return r;
}
const aggregate = (cells: unknown[][], options: Partial<RegisterOptions> = {}) =>
  aggregateRegister(cells, layoutOf(cells), { reportDate: REPORT_DATE, today: TODAY, sheetName: "Sổ theo dõi", ...options });
const codes = (issues: Issue[]) => issues.map((i) => [i.problem?.code, i.where, i.severity]);

describe("the result-date column is recognised by its label", () => {
  const header = (label: string) => [["Chấp hành viên", "Trạng thái", "Ngày thụ lý", label, "Phải thi hành", "Đã thu"]];
  it.each([
    "Ngày kết thúc",
    "Ngày thi hành xong",
    "Ngày TH xong",
    "NGÀY KẾT QUẢ",
    "Ngày đình chỉ",
    "Ngày ra quyết định đình chỉ",
    "Ngày QĐ ĐC",
    "Ngày ủy thác",
    "Ngày xong",
    "Ngày KT",
  ])("%s", (label) => {
    const l = layoutOf(header(label));
    expect(l.columns.resultDate).toBe(3);
    expect(l.headers.resultDate).toBe(label);
    expect(l.columns.date).toBe(2);
  });

  it.each(["Ngày tạm đình chỉ", "Ngày ra quyết định", "Ngày QĐ"])("%s is not a result date", (label) => {
    expect(layoutOf(header(label)).columns.resultDate).toBeUndefined();
  });
});

const HEAD = ["Số QĐ", "Ngày thụ lý", "Chấp hành viên", "Trạng thái", "Ngày kết thúc", "Phải thi hành (nghìn đồng)", "Đã thu (nghìn đồng)"];

describe("the state of each case at the report date", () => {
  const cells: unknown[][] = [
    HEAD,
    ["01", "10/05/2019", "An", "Xong", "15/06/2020", 100, 100], // ended before S: left out
    ["02", "10/05/2019", "An", "Xong", "15/11/2020", 200, 200], // carried over, completed
    ["03", "01/12/2020", "An", "Xong", "10/09/2021", 300, 300], // ended after D: in progress, 0 collected
    ["04", "01/12/2020", "An", "Đình chỉ", "01/03/2021", 400, 100], // terminated 300
    ["05", "20/09/2020", "An", "Đang thi hành", "", 500, 50], // carried over, in progress
    ["06", "05/01/2021", "An", "Ủy thác", "02/02/2021", 600, 0], // delegated
    ["07", "15/08/2019", "An", "Thu hồi", "30/09/2020", 700, 0], // ended the day before S: left out
    ["08", "10/10/2020", "An", "Xong", "", 80, 80], // closed without a result date: as its status, a warning
    ["09", "01/10/2020", "An", "Đình chỉ", "01/10/2020", 90, 0], // accepted and ended on S: in the year
    ["10", "15/08/2021", "An", "Xong", "31/08/2021", 70, 70], // ended on D: completed
  ];
  const r = aggregate(cells);
  const an = r.table.members[0];

  it("counts cases by the rules, figure by figure", () => {
    expect(r.earlierYear).toBe(2);
    // counted: rows 02 03 04 05 06 08 09 10; carried over (accepted before S): 02, 05
    expect(an.cases).toEqual({
      carriedOver: 2,
      newlyAccepted: 6,
      accepted: 8,
      delegatedOut: 1,
      revoked: 0,
      mustEnforce: 7,
      eligible: 7, // completed 3 + terminated 2 + in progress 2
      completed: 3, // 02, 08, 10
      terminated: 2, // 04, 09
      inProgress: 2, // 03 (ended after D), 05
      postponed: 0,
      suspended: 0,
      notEligible: 0,
      backlog: 7 - 3 - 2,
    });
  });

  it("counts money by the rules: nothing collected at D on a case that ended after it", () => {
    expect(an.money).toEqual({
      carriedOver: 200 + 500,
      newlyAccepted: 300 + 400 + 600 + 80 + 90 + 70,
      accepted: 2240,
      delegatedOut: 600,
      revoked: 0,
      mustEnforce: 1640,
      eligible: 200 + 80 + 70 + 400 + 90 + 300 + 500,
      completed: 200 + 80 + 70 + 100 + 0 + 0 + 50,
      terminated: 300 + 90,
      inProgress: 300 + 500 - 50,
      postponed: 0,
      suspended: 0,
      notEligible: 0,
      backlog: 1640 - 500 - 390,
    });
  });

  it("one warning for the closed cases without a result date, with their count and the first cell", () => {
    expect(codes(r.table.issues)).toEqual([["registerClosedWithoutResultDate", "'Sổ theo dõi'!E9", "warning"]]);
    expect(r.table.issues[0].problem?.params).toEqual({ count: 1, first: "'Sổ theo dõi'!E9" });
    expect(issueText(r.table.issues[0], "en")).toContain("1 closed cases have no result date (first: cell 'Sổ theo dõi'!E9)");
  });

  it("without the column: the statuses as they stand today, and a note saying so and how to get exact figures", () => {
    const without = cells.map((row) => row.filter((_, c) => c !== 4));
    const t = aggregate(without);
    const m = t.table.members[0];
    // All ten rows counted by their status: completed 01 02 03 08 10, terminated 04 09, in progress 05,
    // delegated 06, revoked 07; carried over 01 02 05 07.
    expect(m.cases).toMatchObject({ carriedOver: 4, newlyAccepted: 6, accepted: 10, delegatedOut: 1, revoked: 1, mustEnforce: 8 });
    expect(m.cases).toMatchObject({ completed: 5, terminated: 2, inProgress: 1, eligible: 8 });
    expect(m.money).toMatchObject({ completed: 100 + 200 + 300 + 80 + 70 + 100 + 0 + 50, terminated: 390, inProgress: 450 });
    expect(codes(t.table.issues)).toEqual([["registerNoResultDate", "Sổ theo dõi", "warning"]]);
    expect(issueText(t.table.issues[0], "vi")).toContain("hãy thêm cột ngày kết thúc");
    expect(issueText(t.table.issues[0], "en")).toContain("add the result-date column");
  });
});

describe("red flags, each naming its cells", () => {
  const cells: unknown[][] = [
    HEAD,
    ["12/QĐ", "01/11/2020", "An", "Đang thi hành", "", 100, 10],
    ["12/QĐ ", "02/11/2020", "Bình", "Đang thi hành", "", 100, 10], // duplicate of row 2
    ["13/QĐ", "01/03/2021", "An", "Xong", "01/02/2021", 100, 100], // result before accepted: an error
    ["14/QĐ", "01/03/2021", "An", "Đang thi hành", "", 100, 150], // collected above the amount: an error
    ["15/QĐ", "01/03/2021", "An", "Xong", "05/03/2021", 100, 60], // completed, still owing: a warning
    ["16/QĐ", "01/03/2021", "An", "Hoãn", "05/03/2021", 100, 0], // result date on an open case: a warning
    ["17/QĐ", "20/09/2021", "An", "Đang thi hành", "", 100, 0], // after today (and after D): a warning
    ["12/QĐ", "05/01/2021", "An", "Đang thi hành", "", 100, 0], // numbered afresh in 2021: not the 2020 one
  ];
  const r = aggregate(cells);

  it("lists each with its cell and severity", () => {
    expect(codes(r.table.issues)).toEqual([
      ["registerDuplicateDecision", "'Sổ theo dõi'!A3", "warning"],
      ["registerResultBeforeAccepted", "'Sổ theo dõi'!E4", "error"],
      ["registerCollectedOver", "'Sổ theo dõi'!G5", "error"],
      ["registerCompletedOwing", "'Sổ theo dõi'!G6", "warning"],
      ["registerResultOnOpenCase", "'Sổ theo dõi'!E7", "warning"],
      ["registerAcceptedInFuture", "'Sổ theo dõi'!B8", "warning"],
    ]);
  });

  it("names the other cell of a pair, and renders in both languages", () => {
    const [dup, before] = r.table.issues;
    expect(dup.problem?.params).toEqual({ number: "12/QĐ", other: "'Sổ theo dõi'!A2" });
    expect(issueText(dup, "en")).toBe(`decision number "12/QĐ" is also in cell 'Sổ theo dõi'!A2.`);
    expect(issueText(before, "vi")).toBe(
      "ngày kết thúc 01/02/2021 trước ngày thụ lý 01/03/2021 (ô 'Sổ theo dõi'!B4): sửa lại ngày hoặc loại dòng này khỏi báo cáo.",
    );
  });

  it("a row with an error can be left out by the user, as other errors", () => {
    const t = aggregate(cells, { excludedRows: [3, 4] });
    expect(t.table.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
