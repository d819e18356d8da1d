"use strict";
/**
 * node bench/peak-rss.js SCRIPT ARGS…: runs a Node script in this process and, as it exits, writes
 * its peak resident memory on the last line of stderr ("peak-rss-kb 221936"): what "4 thads memory"
 * measures of the command, startup and all.
 */
const path = require("path");

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on("exit", () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
require(path.resolve(script));
