/**
 * Issue 10, items 1, 4 and 8, through the command as a process and through the core step the pane
 * calls: the five cases of scripts/make-register-fixtures.js give the same figures whether the
 * register's header is on row 40, its workbook keeps dates in the 1904 system (one date a plain
 * number), its dates are typed with two-digit years (each such cell warned about), or a note above
 * its header says "mỗi quyết định một dòng" ("dòng", a line, folds as "đồng" does: it is no unit,
 * so amounts in nghìn đồng stay as they are, with no disagreement of units). The expected
 * figures are counted here from the cases: eligible = every case accepted by 31/08/2021 that is
 * being enforced or done; done = completed + terminated; money done = the whole amount of a done
 * case, what was collected so far of the others.
 */
import * as path from "path";
import { sheetStatistics } from "../../src/core/statistics";
import { streamGrids } from "../../src/xlsx/stream";
import { ROOT, thadsJson } from "./run";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CASES, OUT } = require(path.join(ROOT, "scripts", "make-register-fixtures.js"));

interface Case {
  accepted: [number, number, number];
  officer: string;
  status: string;
  amount: number;
  collected: number;
}
const ARGS = ["--date", "31/08/2021", "--target-cases", "81,5", "--target-money", "48"];
const AUG_31 = { year: 2021, month: 8, day: 31 };
/** After the fifth case was accepted (07/09/2021), so that no case is "after today". */
const TODAY = "2021-09-15";
const DONE = ["Đã thi hành xong", "Đình chỉ"];

/** Each officer's figures, counted from the cases by hand. */
function expected(officer: string) {
  const mine = (CASES as Case[]).filter((c) => c.officer === officer && c.accepted[0] * 10000 + c.accepted[1] * 100 + c.accepted[2] <= 20210831);
  const done = mine.filter((c) => DONE.includes(c.status));
  const open = mine.filter((c) => !DONE.includes(c.status));
  return {
    cases: { eligible: mine.length, done: done.length },
    money: { eligible: mine.reduce((s, c) => s + c.amount, 0), done: done.reduce((s, c) => s + c.amount, 0) + open.reduce((s, c) => s + c.collected, 0) },
  };
}
const OFFICERS = ["Nguyễn Văn An", "Trần Thị Bình"];
const figuresOf = (json: any) =>
  json.rows.map((r: any) => ({ name: r.name, cases: { eligible: r.cases.eligible, done: r.cases.done }, money: { eligible: r.money.eligible, done: r.money.done } }));
const EXPECTED = OFFICERS.map((name) => ({ name, ...expected(name) }));

describe.each([
  ["so-tieu-de-thap.xlsx", "header on row 40", []],
  ["so-1904.xlsx", "1904 date system", ["Tệp dùng hệ ngày 1904 (tệp làm trên máy Mac): các ngày ghi bằng số đã được đọc theo hệ ngày đó."]],
  [
    "so-nam-hai-so.xlsx",
    "two-digit years",
    (CASES as { short: string }[]).map((c) => expect.stringContaining(`ngày "${c.short}" ghi năm hai chữ số: đã đọc là`)),
  ],
  ["so-ghi-chu-dong.xlsx", "'một dòng' above amounts in nghìn đồng", []],
  [
    "so-ghi-chu-dong-khong-don-vi.xlsx",
    "'một dòng' and no unit in the headers",
    ["Tiêu đề không ghi đơn vị tiền: tạm hiểu là nghìn đồng (1.000 đ), hãy chọn lại nếu sổ ghi bằng đồng."],
  ],
])("%s (%s)", (file, _what, warnings) => {
  const full = path.join(OUT, file);

  test("the command: every officer's figures as counted by hand, and the warnings expected", () => {
    const { status, json } = thadsJson(["report", full, ...ARGS], undefined, TODAY);
    expect(status).toBe(0);
    expect(figuresOf(json)).toEqual(EXPECTED); // An 2/1, 8.000/6.000 · Bình 2/1, 6.000/2.000
    expect(json.warnings.map((w: { message: string }) => w.message)).toEqual(warnings);
  });

  test("the core step the pane calls: the same figures", async () => {
    const [grid] = await streamGrids(full, undefined);
    const read = sheetStatistics(grid, { reportDate: AUG_31, today: { year: 2021, month: 9, day: 15 } });
    if (read.kind === "none") throw new Error("not recognised");
    expect(read.kind).toBe("register");
    const got = read.table.members.map((m) => ({
      name: m.name,
      cases: m.cases.eligible,
      done: (m.cases.completed ?? 0) + (m.cases.terminated ?? 0),
      money: m.money.eligible,
    }));
    expect(got).toEqual(EXPECTED.map((e) => ({ name: e.name, cases: e.cases.eligible, done: e.cases.done, money: e.money.eligible })));
  });
});

test("the two-digit years' warnings name their cells: C3 … C7", () => {
  const { json } = thadsJson(["report", path.join(OUT, "so-nam-hai-so.xlsx"), ...ARGS, "--lang", "en"], undefined, TODAY);
  expect(json.warnings.map((w: { where: string }) => w.where)).toEqual(["C3", "C4", "C5", "C6", "C7"].map((c) => `'Sổ theo dõi'!${c}`));
  expect(json.warnings[0].message).toBe('the date "5-10-20" has a two-digit year: read as 5 Oct 2020 (day first, year 20yy); write the year in full.');
});
