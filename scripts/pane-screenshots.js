#!/usr/bin/env node
/**
 * Makes the README's pictures of the task pane (docs/images/pane.png, pane-en.png, pane-register.png,
 * pane-register-en.png) from the e2e harness: builds the pane, then runs test/e2e/screenshots.shoot.ts,
 * which opens it at 320 × 800 over the Excel stand-in and saves each state.
 */
const { execFileSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: "inherit" });
run("npx", ["webpack", "--mode", "production"]);
run("npx", ["jest", "--testMatch", "**/test/e2e/screenshots.shoot.ts", "--runInBand"]);
