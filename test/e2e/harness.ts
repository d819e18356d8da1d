/**
 * What the browser tests of the pane share: the built pane (dist/, from `npm run build`) served on
 * localhost with the Excel stand-in in place of office.js, preloaded with a workbook; headless Chromium
 * from Debian's package; reading a sheet back from the stand-in and evaluating its formulas with
 * HyperFormula (the stand-in evaluates nothing).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { HyperFormula } from "hyperformula";
import { Browser, chromium, Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const STANDIN = path.join(ROOT, "test/stubs/excel-standin.js");
export const RESULTS = path.join(ROOT, "test-results");

/** A sheet preloaded in the stand-in: its cells from `origin` (A1 address, default A1). */
export interface SheetPreload {
  name: string;
  rows: unknown[][];
  origin?: string;
  /** 1-based rows hidden or filtered out */
  hiddenRows?: number[];
  /** number formats the user set, by A1 range: { D12: "dd/mm/yyyy" } (every other cell "General") */
  numberFormats?: Record<string, string>;
}

/** The workbook the pane opens, and Office's display language (also the browser's locale). */
export interface Scenario {
  sheets: SheetPreload[];
  displayLanguage: string;
  /** the page starts with the task pane hidden, as when a THADS.* cell started the shared runtime */
  paneHidden?: boolean;
  /** requirement sets the host lacks, as "ExcelApi 1.9" */
  unsupportedSets?: string[];
  /** what shows once the pane has read the sheet: by default, the summary of what it recognised */
  ready?: string;
  /** the pane's size; by default 420 × 900 */
  viewport?: { width: number; height: number };
  /** the day the pane runs on, YYYY-MM-DD (the THADS_TODAY global, core/today.ts); default the system's */
  today?: string;
  /** the workbook keeps dates in the 1904 system (a Mac workbook) */
  date1904?: boolean;
}

/** Where taskpane.html loads Office.js from; the tests answer it with the stand-in. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface Opened {
  page: Page;
  /** alert/confirm dialogs the page opened (a cell's HTML run as code would open one) */
  dialogs: string[];
  /** uncaught page errors and console errors */
  errors: string[];
}

/** Debian's chromium; installed with apt when missing and allowed, else one clear line. */
export function chromiumPath(): string {
  const find = () => {
    for (const name of ["chromium", "chromium-browser"]) {
      try {
        return execFileSync("which", [name], { encoding: "utf8" }).trim();
      } catch {
        // try the next name
      }
    }
    return "";
  };
  let found = find();
  if (!found && process.getuid?.() === 0) {
    execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit" });
    found = find();
  }
  if (!found) throw new Error("Chromium is missing: run `apt-get install -y chromium` (as root), then run the tests again.");
  return found;
}

/** The stand-in followed by the lines that preload the scenario's workbook. */
function officeScript(scenario: Scenario): string {
  const preload = [
    `ExcelStandin.displayLanguage = ${JSON.stringify(scenario.displayLanguage)};`,
    ...(scenario.paneHidden ? ["ExcelStandin.paneVisible = false;"] : []),
    ...(scenario.today ? [`globalThis.THADS_TODAY = ${JSON.stringify(scenario.today)};`] : []),
    ...(scenario.date1904 ? ["ExcelStandin.date1904 = true;"] : []),
    ...(scenario.unsupportedSets ? [`ExcelStandin.unsupportedSets = ${JSON.stringify(scenario.unsupportedSets)};`] : []),
    ...scenario.sheets.map(
      (s) => `ExcelStandin.addSheet(${JSON.stringify(s.name)}, ${JSON.stringify(s.rows)}, ${JSON.stringify(s.origin ?? "A1")});`,
    ),
    ...scenario.sheets
      .filter((s) => s.hiddenRows)
      .map((s) => `ExcelStandin.hideRows(${JSON.stringify(s.name)}, ${JSON.stringify(s.hiddenRows)});`),
    ...scenario.sheets.flatMap((s) =>
      Object.entries(s.numberFormats ?? {}).map(([ref, format]) => `ExcelStandin.setNumberFormat(${JSON.stringify(s.name)}, ${JSON.stringify(ref)}, ${JSON.stringify(format)});`),
    ),
  ].join("\n");
  return `${fs.readFileSync(STANDIN, "utf8")}\n${preload}\n`;
}

/**
 * Starts the server and the browser before the file's tests and stops them after; `open` loads the
 * pane on a workbook. Each page is served under its own path prefix (/p1/, /p2/ …); its request for
 * Office.js from Microsoft's CDN is answered with the stand-in and its scenario, and any other
 * request outside the test server is refused and recorded as an error.
 */
export function usePane(): { open(scenario: Scenario): Promise<Opened> } {
  let server: http.Server;
  let baseUrl = "";
  let browser: Browser;
  const scenarios: Scenario[] = [];

  function serve(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://localhost");
    const m = /^\/p(\d+)(\/.*)$/.exec(url.pathname);
    const scenario = m ? scenarios[Number(m[1])] : undefined;
    if (!m || !scenario) {
      res.writeHead(404).end();
      return;
    }
    const rest = m[2];
    const file = path.join(DIST, path.normalize(rest).replace(/^([/\\])+/, ""));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png" }[path.extname(file)];
    res.writeHead(200, { "content-type": type ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  }

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    }
    fs.mkdirSync(RESULTS, { recursive: true });
    server = http.createServer(serve);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        // Debian's chromium ships only the en-US locale, so the browser's locale cannot make the date
        // field show dd/mm/yyyy; with this feature the field follows the page's lang attribute, which
        // the pane sets from Office's display language, as Office's own webview shows the user's locale.
        "--enable-blink-features=LangAttributeAwareFormControlUI",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(scenario: Scenario): Promise<Opened> {
    scenarios.push(scenario);
    const prefix = `/p${scenarios.length - 1}`;
    // A page of its own context, closed with it; the browser's locale as Office's display language.
    const page = await browser.newPage({ viewport: scenario.viewport ?? { width: 420, height: 900 }, locale: scenario.displayLanguage });
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_CDN) return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: officeScript(scenario) });
      if (url.startsWith(`${baseUrl}/`)) return route.continue();
      errors.push(`request outside the add-in's origin: ${url}`);
      return route.abort();
    });
    await page.goto(`${baseUrl}${prefix}/taskpane.html`);
    await page.locator(scenario.ready ?? "#summary .summary").waitFor({ timeout: 20000 });
    return { page, dialogs, errors };
  }

  return { open };
}

/** Calls a method of the stand-in inside the page. */
export function standin<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([m, a]) => (globalThis as any).ExcelStandin[m as string](...(a as unknown[])), [method, args] as const);
}

/** Types the office's targets (Vietnamese spelling, as a user types them) and presses "Tạo báo cáo". */
export async function buildWithTargets(page: Page, cases = "81,5", money = "48"): Promise<void> {
  await page.locator("#target-cases").fill(cases);
  await page.locator("#target-money").fill(money);
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
}

/** A sheet's cells from A1 to the end of its used range, as written (formula text for formulas). */
export async function readSheet(page: Page, name: string): Promise<unknown[][]> {
  const used = await standin<string | null>(page, "usedAddress", name);
  if (used === null) return [];
  return standin<unknown[][]>(page, "read", name, `A1:${used.split(":").pop()}`);
}

/**
 * The sheet's values as Excel would compute them. HyperFormula lacks RANK and reads no exponent
 * notation, so those are rewritten to what they mean in Excel before evaluating.
 */
export function evaluate(grid: unknown[][]): unknown[][] {
  const rewrite = (v: unknown) =>
    typeof v === "string" && v.startsWith("=")
      ? v
          .replace(/(\d+(?:\.\d+)?)E-(\d+)/g, (_, m: string, e: string) => Number(`${m}e-${e}`).toFixed(Number(e) + 2))
          .replace(/RANK\(([A-Z]+\d+),(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)\)/g, 'COUNTIF($2,">"&$1)+1')
      : v;
  const hf = HyperFormula.buildFromArray(grid.map((row) => row.map(rewrite)) as any[][], { licenseKey: "gpl-v3", smartRounding: false });
  try {
    return hf.getSheetValues(0);
  } finally {
    hf.destroy();
  }
}

/** The value at an A1 address of a grid that starts at A1. */
export function at(grid: unknown[][], ref: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid[Number(m[2]) - 1]?.[col];
}

/** The report's columns of a measure: eligible, done, rate, target, gap, needed, per month, status. */
const MEASURE_COLUMNS = { cases: "CDEFGHIJ", money: "KLMNOPQR" } as const;

export type MeasureRow = [number, number, number, number, number, number, number, string];

/**
 * Checks one measure of a report row (1-based sheet row): integers and text exactly, fractions to 10
 * decimals. The whole row is compared at once so that a failure shows every figure and the label.
 */
export function expectMeasure(values: unknown[][], row: number, measure: keyof typeof MEASURE_COLUMNS, expected: MeasureRow, label = ""): void {
  const got = [...MEASURE_COLUMNS[measure]].map((col, i) => {
    const v = at(values, `${col}${row}`);
    const want = expected[i];
    const close = typeof want === "number" && !Number.isInteger(want) && typeof v === "number" && Math.abs(v - want) < 5e-11;
    return close ? want : v;
  });
  expect([label || `row ${row} ${measure}`, ...got]).toEqual([label || `row ${row} ${measure}`, ...expected]);
}

/** Saves a full-page screenshot under test-results/. */
export async function screenshot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, file), fullPage: true });
}
