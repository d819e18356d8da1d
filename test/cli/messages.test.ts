/**
 * Issue 10, item 9, through the command as a process: a register whose every case is dated after
 * the report date says so, with the date and the count, instead of only "no data rows".
 */
import * as path from "path";
import { dayOf, freshSamples, samples, SampleCase, thadsJson } from "./run";

const cases: SampleCase[] = samples.makeCases();

describe("thads report: messages that tell what to do", () => {
  test("--date before every accepted date: 'N việc đều có ngày thụ lý sau …: kiểm tra ngày báo cáo'", async () => {
    const dir = await freshSamples();
    // The date before the register's first accepted date: every case of the generator's list is after it.
    const first = Math.min(...cases.map((c) => dayOf(c.accepted)));
    expect(first).toBeGreaterThan(20151231);
    const { status, json } = thadsJson(["report", path.join(dir, "so-theo-doi.xlsx"), "--date", "31/12/2015", "--target-cases", "81,5", "--target-money", "48"]);
    expect(status).toBe(1);
    expect(json.errors[0]).toEqual({ where: "Sổ theo dõi", message: `${cases.length} việc đều có ngày thụ lý sau 31/12/2015: kiểm tra ngày báo cáo.` });
  });
});
