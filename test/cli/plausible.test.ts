/**
 * Issue 10, item 6, through the command as a process: a report date long ago or after today (the day
 * set by THADS_TODAY) and a target below 10% are warned about, naming the date or the target, and
 * the report is still made. Fixture: tien-nghin.xlsx (scripts/make-table-fixtures.js, "Tháng 8/2021").
 */
import * as path from "path";
import { ROOT, thadsJson } from "./run";

const AUGUST = path.join(ROOT, "test", "fixtures", "tables-units", "tien-nghin.xlsx");
const TARGETS = ["--target-cases", "81,5", "--target-money", "48"];
const messages = (json: { warnings: { message: string }[] }) => json.warnings.map((w) => w.message);

describe("thads report: implausible choices", () => {
  test("made on 15/09/2021 for 31/08/2021 (the title's period) with 81,5% and 48%: no warning", () => {
    const { status, json } = thadsJson(["report", AUGUST, ...TARGETS], undefined, "2021-09-15");
    expect(status).toBe(0);
    expect(json.warnings).toEqual([]);
  });

  test("made on 01/12/2026 for 31/08/2021: more than two years back", () => {
    const { status, json } = thadsJson(["report", AUGUST, ...TARGETS], undefined, "2026-12-01");
    expect(status).toBe(0);
    expect(messages(json)).toEqual(["Ngày báo cáo 31/08/2021 cách hôm nay (01/12/2026) hơn 2 năm: kiểm tra lại ngày báo cáo."]);
  });

  test("--date 31/08/2022 made on 15/09/2021: after today (and the title's other period)", () => {
    const { status, json } = thadsJson(["report", AUGUST, ...TARGETS, "--date", "31/08/2022", "--lang", "en"], undefined, "2021-09-15");
    expect(status).toBe(0);
    expect(messages(json)).toContain("The report date 31 Aug 2022 is after today (15 Sep 2021): check the report date.");
  });

  test("--target-money 0,5% (meant 50%): a warning naming the target, the report made at 0,5%", () => {
    const { status, json } = thadsJson(["report", AUGUST, "--target-cases", "81,5", "--target-money", "0,5%"], undefined, "2021-09-15");
    expect(status).toBe(0);
    expect(messages(json)).toEqual(["Chỉ tiêu về tiền 0,5% thấp bất thường (dưới 10%): kiểm tra lại (81,5% nhập là 81,5 hoặc 0,815)."]);
    expect(json.total.money.target).toBe(0.005);
  });
});
