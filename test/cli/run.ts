/**
 * Helpers of the CLI tests: run the built `thads` command as a child process, make temp dirs and the
 * sample workbooks (generated afresh from scripts/make-samples.js, whose raw data the tests sum on
 * their own), and read written workbooks back.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dateToSerial, isoDate, parseDateText, serialToDate } from "../../src/core/periods";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin", "thads.js");
const COMPILED = path.join(ROOT, "lib", "cli", "main.js");

// The generator is plain Node; its exports are the samples' raw data.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const samples = require(path.join(ROOT, "scripts", "make-samples.js"));

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The samples' days: a report of August 2021 made in mid-September, as offices make theirs. */
export const SAMPLES_TODAY = "2021-09-15";

/**
 * The day the command is run on (THADS_TODAY): the day after --date, as an office reports once its
 * period is over; the samples' day when no date is given. The tests' own clock is years later.
 */
export function testToday(args: string[]): string {
  const i = args.indexOf("--date");
  const date = i >= 0 ? parseDateText(args[i + 1] ?? "") : undefined;
  return date ? isoDate(serialToDate(dateToSerial(date) + 1)!) : SAMPLES_TODAY;
}

/**
 * `node bin/thads.js …args` in `cwd` on the day `today` (default testToday(args)); fails loudly when
 * the command has not been built.
 */
export function thads(args: string[], cwd: string = ROOT, today: string = testToday(args)): RunResult {
  if (!fs.existsSync(COMPILED)) {
    throw new Error(`lib/cli/main.js không có: hãy chạy "npm run build:cli" trước khi chạy các bài kiểm tra CLI.`);
  }
  const env = { ...process.env, THADS_TODAY: today };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 120000, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `thads … --json`, parsed; the exit status is checked by the caller. */
export function thadsJson(args: string[], cwd?: string, today?: string): { status: number | null; json: any; stderr: string } {
  const r = thads([...args, "--json"], cwd, today);
  let json: any;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return { status: r.status, json, stderr: r.stderr };
}

const created: string[] = [];
// Each test file gets its own copy of this module: its temp dirs go when its tests are done.
afterAll(() => created.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `thads-${prefix}-`));
  created.push(dir);
  return dir;
}

/** The samples written by the generator into a fresh temp dir (the same as assets/samples). */
export async function freshSamples(): Promise<string> {
  const dir = tempDir("samples");
  await samples.makeSamples(dir);
  return dir;
}

/** The Hải Châu officer table's arguments, as the README shows them. */
export const AUG_2021 = ["--date", "31/08/2021", "--target-cases", "81,5", "--target-money", "48"];
export const AUG_2025 = ["--date", "2025-08-31", "--target-cases", "83,9", "--target-money", "51,9"];

export interface RawFigures {
  carriedOver: number;
  newlyAccepted: number;
  notEligible: number;
  completed: number;
  terminated: number;
}

/** Eligible and done of a raw member measure, by DOMAIN.md: eligible = carried over + new − not eligible. */
export function eligibleDone(f: RawFigures): { eligible: number; done: number } {
  return { eligible: f.carriedOver + f.newlyAccepted - f.notEligible, done: f.completed + f.terminated };
}

/**
 * The figures expected for one measure, computed here independently of the code under test.
 * `targetPerMille` is the target in thousandths (81,5% → 815) so "needed" is worked out in integers.
 */
export function expectedMeasure(eligible: number, done: number, targetPerMille: number, monthsRemaining: number) {
  const rate = done / eligible;
  const target = targetPerMille / 1000;
  const needed = Math.max(0, Math.ceil((targetPerMille * eligible) / 1000) - done);
  return {
    eligible,
    done,
    rate,
    target,
    gap: target - rate,
    needed,
    neededPerMonth: monthsRemaining > 0 ? Math.ceil(needed / monthsRemaining) : needed,
    status: rate >= target ? "Đạt" : "Chưa đạt",
  };
}

/** Asserts a JSON measure against expected figures (fractions to 1e-9). */
export function expectMeasure(actual: any, expected: ReturnType<typeof expectedMeasure>, label: string): void {
  const where = `${label}: ${JSON.stringify(actual)}`;
  expect([where, actual.eligible, actual.done, actual.needed, actual.neededPerMonth, actual.status]).toEqual([
    where,
    expected.eligible,
    expected.done,
    expected.needed,
    expected.neededPerMonth,
    expected.status,
  ]);
  expect(Math.abs(actual.rate - expected.rate)).toBeLessThan(1e-9);
  expect(Math.abs(actual.target - expected.target)).toBeLessThan(1e-12);
  expect(Math.abs(actual.gap - expected.gap)).toBeLessThan(1e-9);
}

/** One case of the sample register, as scripts/make-samples.js makes it. */
export interface SampleCase {
  officer: string;
  accepted: { year: number; month: number; day: number };
  amount: number;
  collected: number;
  status: string;
  category: string;
}

/** The register samples' report day, as yyyymmdd. */
export const REGISTER_REPORT_DAY = 20210831;
export const dayOf = (d: SampleCase["accepted"]) => d.year * 10000 + d.month * 100 + d.day;

/**
 * Per officer, counted by hand from the generator's cases: the enforceable cases accepted by the
 * report day; done = completed + terminated. Money in nghìn đồng (the register is in đồng): completed
 * and terminated cases count their whole amount (collected plus what was terminated), the cases still
 * being enforced what was collected so far.
 */
export function registerHandCount(cases: SampleCase[], officer: string) {
  const mine = cases.filter(
    (c) => c.officer === officer && dayOf(c.accepted) <= REGISTER_REPORT_DAY && samples.REGISTER_ELIGIBLE.includes(c.category),
  );
  const done = mine.filter((c) => c.category === "completed" || c.category === "terminated");
  const collectedSoFar = mine.filter((c) => !done.includes(c)).reduce((s, c) => s + c.collected, 0);
  return {
    name: officer,
    cases: { eligible: mine.length, done: done.length },
    money: { eligible: mine.reduce((s, c) => s + c.amount, 0) / 1000, done: (done.reduce((s, c) => s + c.amount, 0) + collectedSoFar) / 1000 },
  };
}
