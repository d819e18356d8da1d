#!/usr/bin/env node
"use strict";
/**
 * npm run bench: every measurement of issue 6 with its baseline, ratio and budget; prints the
 * table, writes bench/results.json and exits 1 when a budget is broken.
 *
 *   node bench/run.js [--quick] [--only 1,3] [--results FILE] [--markdown FILE]
 *
 * --quick: small sizes and ratio budgets with threefold slack (what `npm test` runs, through
 * test/bench/quick.test.ts, in a process of its own so that jest's sandbox does not skew times);
 * its results go only where --results says.
 *
 * Needs the production builds: dist/ (npm run build), lib/ (npm run build:cli) and lib-bench/
 * (tsc -p tsconfig.bench.json, the Office.js writer and reader); `npm run bench` makes all three.
 *
 * Each section runs in a Node process of its own (--section K, which prints its rows as JSON): a
 * section's heap (1b's columns of a million cells) made the next one's collections slower, and
 * "2a" read 10–20% higher after section 1 than alone.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { textTable, markdownTable, missing } = require("./harness");
const { compiledModules } = require("./sources");

const SECTIONS = {
  1: ["custom functions", () => require("./cases/functions")],
  2: ["core report", () => require("./cases/core")],
  3: ["Excel round trips", () => require("./cases/excel")],
  4: ["thads command", () => require("./cases/cli")],
  5: ["bundle sizes", () => require("./cases/bundle")],
};

function parseArgs(argv) {
  const opts = { quick: false, only: Object.keys(SECTIONS), results: null, markdown: null, section: null };
  const usage = (why) => {
    console.error(`usage: node bench/run.js [--quick] [--only 1,2,3,4,5] [--results FILE] [--markdown FILE]\n${why}`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--quick") opts.quick = true;
    else if (argv[i] === "--only") opts.only = String(argv[++i]).split(",");
    else if (argv[i] === "--results") opts.results = argv[++i];
    else if (argv[i] === "--markdown") opts.markdown = argv[++i];
    else if (argv[i] === "--section") opts.section = String(argv[++i]);
    else usage(`unknown argument: ${argv[i]}`);
  }
  for (const key of [...opts.only, ...(opts.section ? [opts.section] : [])]) if (!SECTIONS[key]) usage(`no section ${key}`);
  if (!opts.quick && !opts.results) opts.results = path.join(__dirname, "results.json");
  return opts;
}

/** One section's rows, measured in this process (a crash is a failed row). */
async function sectionRows(key, quick) {
  const [title, load] = SECTIONS[key];
  try {
    return await load().run({ quick, modules: compiledModules() });
  } catch (e) {
    return [missing(key, title, `crashed: ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" ") : e}`)];
  }
}

/** One section's rows, measured in a child process (--section), whose stdout is their JSON. */
function isolatedRows(key, quick) {
  const args = [__filename, "--section", key, ...(quick ? ["--quick"] : [])];
  const child = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 64 << 20 });
  try {
    return JSON.parse(child.stdout);
  } catch {
    return [missing(key, SECTIONS[key][0], `crashed: exit ${child.status}${child.signal ? `, ${child.signal}` : ""}`)];
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.section) {
    process.stdout.write(JSON.stringify(await sectionRows(opts.section, opts.quick)));
    return;
  }
  const started = Date.now();
  const rows = [];
  for (const key of opts.only) {
    process.stderr.write(`bench ${key}: ${SECTIONS[key][0]}…\n`);
    const t0 = Date.now();
    rows.push(...isolatedRows(key, opts.quick));
    process.stderr.write(`bench ${key}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const elapsed = (Date.now() - started) / 1000;
  const ok = rows.every((r) => r.ok);
  const machine = `node ${process.version} · ${os.cpus().length} × ${os.cpus()[0].model.trim()}`;
  const verdict = `${ok ? "all budgets hold" : "BUDGET BROKEN"} · ${elapsed.toFixed(0)} s · ${machine}`;
  console.log(textTable(rows));
  console.log(`\n${verdict}`);
  const results = {
    date: new Date().toISOString(),
    quick: opts.quick,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0].model.trim(),
    elapsedSeconds: elapsed,
    ok,
    rows,
  };
  if (opts.results) fs.writeFileSync(opts.results, JSON.stringify(results, null, 2) + "\n");
  if (opts.markdown) fs.writeFileSync(opts.markdown, `${markdownTable(rows)}\n\n${new Date().toISOString().slice(0, 10)} · ${verdict}\n`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
