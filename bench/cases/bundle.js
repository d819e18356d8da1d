"use strict";
/**
 * 5. Bundle sizes, minified (the production build) and gzipped as a server sends them. The
 * functions bundle is loaded in every workbook that uses a THADS formula; the pane's bundle each
 * time the pane opens, often over a slow link in Excel on the web.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { row, missing } = require("../harness");

// web/index.html: the standalone page, ExcelJS's browser build inlined (327 KB gzipped when added).
const BUDGETS_KB = { "functions.js": 20, "taskpane.js": 150, "web/index.html": 400 };

function gzipKb(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

async function run({ dist = path.join(__dirname, "..", "..", "dist") } = {}) {
  return Object.entries(BUDGETS_KB).map(([name, kb]) => {
    const file = path.join(dist, name);
    const label = `dist/${name} gzipped`;
    if (!fs.existsSync(file)) return missing(`5 ${name}`, label, `${file} not built`);
    const raw = fs.statSync(file).size / 1024;
    return row({ id: `5 ${name}`, name: label, figure: gzipKb(file), unit: "KB", budget: { max: kb },
      note: `${raw.toFixed(1)} KB minified` });
  });
}

module.exports = { run };
