#!/usr/bin/env node
/**
 * The source rules of DEVELOPERS.md that a machine can check, over src/:
 * - no file over 400 lines, no function over 80;
 * - Vietnamese user-facing text only in the catalogues (src/i18n) and the recognition vocabularies.
 * Prints one line per breach and exits 1 when there is any; `--json` prints them as JSON.
 * Used by test/build/source-rules.test.ts.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
/** Letters only Vietnamese text has (with the Latin-1 ones it shares). */
const VIETNAMESE = /[À-ỹđĐ]/;
/**
 * Where Vietnamese string literals belong: the catalogues, and the vocabularies recognisers match
 * (data, not messages): label phrases, status spellings, old-encoding tables.
 */
const VOCABULARY = [/^src\/i18n\//, /^src\/core\/table\/labels\.ts$/, /^src\/core\/register\/status\.ts$/, /^src\/core\/encoding\//, /^src\/core\/vocabulary\//];

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

function functionName(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return "(anonymous)";
}

function check(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join("/");
  const text = fs.readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const breaches = [];
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  if (lines > MAX_FILE_LINES) breaches.push({ file: rel, rule: "file-lines", detail: `${lines} lines` });
  const vocabulary = VOCABULARY.some((re) => re.test(rel));
  const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const n = lineOf(node.end) - lineOf(node.getStart(sf)) + 1;
      if (n > MAX_FUNCTION_LINES) breaches.push({ file: rel, rule: "function-lines", detail: `${functionName(node)} (line ${lineOf(node.getStart(sf))}): ${n} lines` });
    }
    if (!vocabulary && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))) {
      if (VIETNAMESE.test(node.text)) breaches.push({ file: rel, rule: "vietnamese-text", detail: `line ${lineOf(node.getStart(sf))}: ${JSON.stringify(node.text.slice(0, 60))}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return breaches;
}

function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const files = sourceFiles(path.join(ROOT, "src")).filter((f) => only.length === 0 || only.some((o) => path.relative(ROOT, f).startsWith(o)));
  const breaches = files.flatMap(check);
  if (process.argv.includes("--json")) process.stdout.write(JSON.stringify(breaches, null, 2) + "\n");
  else for (const b of breaches) process.stdout.write(`${b.file}: ${b.rule}: ${b.detail}\n`);
  process.exitCode = breaches.length > 0 ? 1 : 0;
}

if (require.main === module) main();
module.exports = { check, sourceFiles };
