"use strict";
/**
 * 5. Bundle sizes, minified (the production build) and gzipped as a server sends them. The
 * functions bundle is loaded in every workbook that uses a THADS formula; the pane's bundle each
 * time the pane opens, often over a slow link in Excel on the web; the pane's file reader only
 * when the user picks files ("Thêm tệp…").
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { row, missing } = require("../harness");

// web/index.html: the standalone page, ExcelJS's browser build inlined (327 KB gzipped when added).
// files.js: the pane's file reader, ExcelJS inside, the page's engine without its writer (295 KB when added, 329 KB with the year's reports).
// year.js: the pane's year reports (So với cùng kỳ, Diễn biến), fetched once the pane is up (54 KB when added).
const BUDGETS_KB = { "functions.js": 20, "taskpane.js": 150, "files.js": 400, "year.js": 80, "web/index.html": 400 };

/**
 * What the pane's first load fetches from the add-in (its style sheet is inside the HTML), which must
 * not carry the file reader: 51.4 KB before "Thêm tệp…" (taskpane.js 48.5 + taskpane.html 2.9), 52.7 KB
 * with it; 68.5 KB once the 320-pixel pane and the year's reports joined (files' share 0.8 KB, measured by
 * building without files-pane.ts). Budget: 10% above that.
 */
const FIRST_LOAD = ["taskpane.html", "taskpane.js"];
const FIRST_LOAD_KB = 68.5 * 1.1;

function gzipKb(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

function firstLoad(dist) {
  const files = FIRST_LOAD.map((name) => path.join(dist, name));
  const absent = files.find((file) => !fs.existsSync(file));
  const name = "the pane's first load gzipped (taskpane.html + taskpane.js)";
  if (absent) return missing("5 first load", name, `${absent} not built`);
  const figure = files.reduce((kb, file) => kb + gzipKb(file), 0);
  return row({ id: "5 first load", name, figure, unit: "KB", budget: { max: FIRST_LOAD_KB }, note: "68.5 KB when budgeted" });
}

async function run({ dist = path.join(__dirname, "..", "..", "dist") } = {}) {
  const single = Object.entries(BUDGETS_KB).map(([name, kb]) => {
    const file = path.join(dist, name);
    const label = `dist/${name} gzipped`;
    if (!fs.existsSync(file)) return missing(`5 ${name}`, label, `${file} not built`);
    const raw = fs.statSync(file).size / 1024;
    return row({ id: `5 ${name}`, name: label, figure: gzipKb(file), unit: "KB", budget: { max: kb },
      note: `${raw.toFixed(1)} KB minified` });
  });
  return [...single, firstLoad(dist)];
}

module.exports = { run };
