/** `thads` usage: help, wrong usage (exit 2 with the usage text), and the accepted forms of targets and dates. */
import * as path from "path";
import { AUG_2021, freshSamples, thads, thadsJson } from "./run";

describe("thads --help and wrong usage", () => {
  test("--help prints the usage in Vietnamese, exit 0; --lang en in English", () => {
    const vi = thads(["--help"]);
    expect(vi.status).toBe(0);
    expect(vi.stdout).toContain("Cách dùng:");
    expect(vi.stdout).toContain("thads report TỆP.xlsx");
    expect(vi.stdout).toContain("--target-cases");
    const en = thads(["report", "--help", "--lang", "en"]);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("Usage:");
  });

  const wrong: [string, string[], string][] = [
    ["no command", [], "thiếu lệnh"],
    ["an unknown command", ["bao-cao", "a.xlsx"], `lệnh "bao-cao" không có`],
    ["no file", ["report", ...AUG_2021], "thiếu tệp .xlsx"],
    ["an unknown option", ["report", "a.xlsx", ...AUG_2021, "--targets", "80"], "tùy chọn --targets không có"],
    ["an option without its value", ["report", "a.xlsx", "--target-cases", "81", "--target-money", "48", "--date"], "tùy chọn --date cần một giá trị"],
    ["a value given to a switch", ["report", "a.xlsx", ...AUG_2021, "--json=yes"], "tùy chọn --json không nhận giá trị"],
    ["a missing case target", ["report", "a.xlsx", "--target-money", "48"], "thiếu --target-cases"],
    ["a missing money target", ["report", "a.xlsx", "--target-cases", "81,5"], "thiếu --target-money"],
    ["a target that is not a number", ["report", "a.xlsx", "--target-cases", "cao", "--target-money", "48"], `--target-cases "cao"`],
    ["a target above 100%", ["report", "a.xlsx", "--target-cases", "815", "--target-money", "48"], `--target-cases "815"`],
    ["a percent above 100%", ["report", "a.xlsx", "--target-cases", "81", "--target-money", "150%"], `--target-money "150%"`],
    ["an impossible date", ["report", "a.xlsx", "--date", "31/13/2021", "--target-cases", "81", "--target-money", "48"], `--date "31/13/2021"`],
    ["a date in another order", ["report", "a.xlsx", "--date", "08-31-2021", "--target-cases", "81", "--target-money", "48"], `--date "08-31-2021"`],
    ["--json with --out", ["report", "a.xlsx", ...AUG_2021, "--json", "--out", "r.xlsx"], "--json"],
    ["an unknown language", ["report", "a.xlsx", ...AUG_2021, "--lang", "fr"], `--lang "fr"`],
  ];
  test.each(wrong)("%s: exit 2, the reason and the usage on stderr, nothing on stdout", (_name, args, reason) => {
    const r = thads(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Sai cách dùng");
    expect(r.stderr).toContain(reason);
    expect(r.stderr).toContain("Cách dùng:");
    expect(r.stdout).toBe("");
  });

  test("usage errors in English with --lang en", () => {
    const r = thads(["report", "a.xlsx", "--lang", "en", "--target-money", "48"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Wrong usage: missing --target-cases");
    expect(r.stderr).toContain("Usage:");
  });
});

describe("targets and dates are read in every form offices type them", () => {
  let officerTable: string;
  beforeAll(async () => {
    officerTable = path.join(await freshSamples(), "bang-chap-hanh-vien.xlsx");
  });

  test.each([
    ["81.5", "48"],
    ["81,5", "48%"],
    ["0.815", "0,48"],
    ["81,5%", "0.48"],
    ["0,815", "48,0"],
  ])("--target-cases %s --target-money %s → 0.815 and 0.48", (cases, money) => {
    const { status, json } = thadsJson(["report", officerTable, "--date", "31/08/2021", "--target-cases", cases, "--target-money", money]);
    expect(status).toBe(0);
    expect(json.total.cases.target).toBeCloseTo(0.815, 12);
    expect(json.total.money.target).toBeCloseTo(0.48, 12);
  });

  test.each(["2021-08-31", "31/08/2021", "31/8/2021", "15/08/2021"])("--date %s → 11 tháng năm 2021", (date) => {
    const { status, json } = thadsJson(["report", officerTable, "--date", date, "--target-cases", "81,5", "--target-money", "48"]);
    expect(status).toBe(0);
    expect(json.period).toMatchObject({ fiscalYear: 2021, months: 11, start: "2020-10-01", end: "2021-08-31" });
  });
});
