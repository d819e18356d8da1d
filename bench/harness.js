"use strict";
/**
 * Timing and reporting. Times on a shared machine drift, so a subject and its baseline are run
 * alternately, repeat after repeat, and compared by their medians: noise that hits one round hits
 * both. Rows carry the figure, the baseline, the ratio and the budget.
 */

const nowNs = () => process.hrtime.bigint();

/** V8's gc, exposed at run time; a no-op where it cannot be. */
const gc = (() => {
  try {
    require("v8").setFlagsFromString("--expose-gc");
    return require("vm").runInNewContext("gc");
  } catch {
    return () => undefined;
  }
})();

/**
 * A full garbage collection, before a comparison starts: work that allocated megabytes leaves a
 * collection due, which the next measurement should not pay for.
 */
const collectGarbage = () => gc();

/**
 * A collection of the young generation only, between samples. A full one there would also drop
 * the type feedback of the code measured and send it back to unoptimised code in every sample.
 */
const collectYoung = () => gc({ type: "minor" });

// Results go here so that the optimiser cannot drop the work that made them.
let sunk = 0;
function sink(x) {
  sunk = x === sunk ? 0 : x;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nanoseconds one call of fn takes (fn may be async). */
async function timeNs(fn) {
  const t0 = nowNs();
  await fn();
  return Number(nowNs() - t0);
}

function timeNsSync(fn) {
  const t0 = nowNs();
  fn();
  return Number(nowNs() - t0);
}

/**
 * Runs subject and baseline alternately (after `warmup` untimed rounds) and returns their median
 * times in ns. Synchronous: async work belongs in compareAsync.
 */
function compare(subject, baseline, { repeats = 7, warmup = 2 } = {}) {
  const [b, s] = compareAll([baseline, subject], { repeats, warmup });
  return { subjectNs: s.ns, baselineNs: b.ns, subjectSamples: s.samples, baselineSamples: b.samples };
}

/**
 * compare for more than two: runs every function in turn, round after round, and returns each
 * one's median time in ns and its samples, in the order given. With `collect`, a collection of the
 * young generation (untimed) comes before every sample, so that a sample pays for the collections
 * its own work causes and not for copying what a neighbour's left alive.
 */
function compareAll(fns, { repeats = 7, warmup = 2, collect = false } = {}) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const samples = fns.map(() => []);
  for (let i = 0; i < repeats; i++) {
    fns.forEach((fn, j) => {
      if (collect) {
        sunk = 0; // the previous sample's result may go
        collectYoung();
      }
      samples[j].push(timeNsSync(fn));
    });
  }
  return samples.map((s) => ({ ns: median(s), samples: s }));
}

async function compareAsync(subject, baseline, { repeats = 3, warmup = 0 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await baseline();
    await subject();
  }
  const s = [], b = [];
  for (let i = 0; i < repeats; i++) {
    b.push(await timeNs(baseline));
    s.push(await timeNs(subject));
  }
  return { subjectNs: median(s), baselineNs: median(b), subjectSamples: s, baselineSamples: b };
}

/**
 * A result row. budget is { ratio: n } (figure ÷ baseline at most n), { max: n } (figure at most
 * n, in the row's unit) or null: a figure shown for information, which never fails (shown "—").
 * `slack` multiplies the limit (the quick test runs on noisy CI machines).
 */
function row({ id, name, figure, unit, baseline = null, baselineName = "", budget, slack = 1, note = "" }) {
  const ratio = baseline ? figure / baseline : null;
  if (budget === null) return { id, name, figure, unit, baseline, baselineName, ratio, budget, limit: null, ok: true, note };
  const limit = (budget.ratio ?? budget.max) * slack;
  const measured = budget.ratio !== undefined ? ratio : figure;
  const ok = measured !== null && Number.isFinite(measured) && measured <= limit;
  return { id, name, figure, unit, baseline, baselineName, ratio, budget, limit, ok, note };
}

/** A row for a measurement that could not be taken (code missing, a crash): always a failure. */
function missing(id, name, why, budget = { max: 0 }) {
  return { id, name, figure: null, unit: "", baseline: null, baselineName: "", ratio: null, budget, limit: null, ok: false, note: why };
}

function fmt(x, unit) {
  if (x === null || x === undefined) return "—";
  if (Number.isInteger(x)) return unit ? `${x} ${unit}` : String(x);
  const n = Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
  return unit ? `${n} ${unit}` : n;
}

function budgetText(r) {
  if (r.budget === null) return "—";
  if (r.budget.ratio !== undefined) return `≤ ${fmt(r.limit)}×`;
  return `≤ ${fmt(r.limit, r.unit)}`;
}

function asTableRows(rows) {
  return rows.map((r) => [
    r.id,
    r.name,
    fmt(r.figure, r.unit),
    r.baseline === null ? "—" : `${fmt(r.baseline, r.unit)}${r.baselineName ? ` (${r.baselineName})` : ""}`,
    r.ratio === null ? "—" : `${fmt(r.ratio)}×`,
    budgetText(r),
    r.ok ? "ok" : "FAIL",
    r.note,
  ]);
}

const HEADERS = ["#", "measurement", "figure", "baseline", "ratio", "budget", "ok", "note"];

/** A plain-text table for the terminal. */
function textTable(rows) {
  const body = asTableRows(rows);
  const widths = HEADERS.map((h, j) => Math.max(h.length, ...body.map((r) => r[j].length)));
  const line = (cells) => cells.map((c, j) => c.padEnd(widths[j])).join("  ").trimEnd();
  return [line(HEADERS), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** The same table in markdown, for the README's Performance section. */
function markdownTable(rows) {
  const body = asTableRows(rows).map((r) => r.map((c) => c.replace(/\|/g, "\\|")));
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(HEADERS), line(HEADERS.map(() => "---")), ...body.map(line)].join("\n");
}

module.exports = { sink, median, collectGarbage, compare, compareAll, compareAsync, timeNs, timeNsSync, row, missing, textTable, markdownTable };
