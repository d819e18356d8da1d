#!/usr/bin/env node
// The `thads` command. The TypeScript sources are compiled to lib/ by `npm run build:cli`
// (run by "prepare" on `npm ci`, so `npx thads` works right after installing).
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("lib/cli/main")) {
    console.error('Chưa biên dịch lệnh thads: hãy chạy "npm run build:cli" (hoặc "npm ci") rồi thử lại.');
    process.exit(1);
  }
  throw err;
}
cli.run();
