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
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
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
  const opts = { quick: false, only: Object.keys(SECTIONS), results: null, markdown: null };
  const usage = (why) => {
    console.error(`usage: node bench/run.js [--quick] [--only 1,2,3,4,5] [--results FILE] [--markdown FILE]\n${why}`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--quick") opts.quick = true;
    else if (argv[i] === "--only") opts.only = String(argv[++i]).split(",");
    else if (argv[i] === "--results") opts.results = argv[++i];
    else if (argv[i] === "--markdown") opts.markdown = argv[++i];
    else usage(`unknown argument: ${argv[i]}`);
  }
  for (const key of opts.only) if (!SECTIONS[key]) usage(`no section ${key}`);
  if (!opts.quick && !opts.results) opts.results = path.join(__dirname, "results.json");
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const rows = [];
  for (const key of opts.only) {
    const [title, load] = SECTIONS[key];
    process.stderr.write(`bench ${key}: ${title}…\n`);
    const t0 = Date.now();
    try {
      rows.push(...(await load().run({ quick: opts.quick, modules: compiledModules() })));
    } catch (e) {
      rows.push(missing(key, title, `crashed: ${e && e.stack ? e.stack.split("\n").slice(0, 3).join(" ") : e}`));
    }
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
