/**
 * Which Office.js members a program uses, and the requirement set each one's typing declares:
 * "[Api set: ExcelApi 1.9]" in the JSDoc of @types/office-js, or "**Requirement set**: … SharedRuntime
 * 1.1" for the common API. Read with the TypeScript compiler: every property access, call and
 * element access whose symbol is declared in @types/office-js (or @types/custom-functions-runtime).
 */
import * as path from "path";
import * as ts from "typescript";

export interface SetVersion {
  name: string;
  version: string;
}

export interface MemberUse {
  /** "Excel.Workbook.getSelectedRanges" */
  member: string;
  set: SetVersion;
  /** "src/excel/read.ts:97" */
  at: string;
}

const TYPINGS = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
const API_SET = /\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)*)/;
const REQUIREMENT_SET = /Requirement set\*\*:[^\n]*?\|\s*([A-Za-z]+) (\d+(?:\.\d+)*)\s*\}/;

/** The set a declaration's JSDoc names, else its container's (an enum member, a namespace's class). */
function setOf(decl: ts.Node): SetVersion | undefined {
  for (let node: ts.Node | undefined = decl; node && !ts.isSourceFile(node); node = node.parent) {
    const docs = ts.getJSDocCommentsAndTags(node).map((d) => d.getText());
    for (const doc of docs) {
      const m = API_SET.exec(doc) ?? REQUIREMENT_SET.exec(doc);
      if (m) return { name: m[1], version: m[2] };
    }
    if (ts.isModuleDeclaration(node)) return undefined;
  }
  return undefined;
}

function qualifiedName(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
}

/** Every use of a typed Office.js member in `files` (compiled with the project's options). */
export function officeMemberUses(files: string[], root: string): MemberUse[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    lib: ["lib.es2020.d.ts", "lib.dom.d.ts"],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    types: ["office-js", "custom-functions-runtime"],
    typeRoots: [path.join(root, "node_modules/@types")],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  const wanted = new Set(files.map((f) => path.resolve(f)));
  for (const source of program.getSourceFiles()) {
    if (!wanted.has(path.resolve(source.fileName))) continue;
    const visit = (node: ts.Node): void => {
      const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isElementAccessExpression(node) ? node.argumentExpression : undefined;
      const symbol = name && checker.getSymbolAtLocation(name);
      const decl = symbol?.declarations?.find((d) => TYPINGS.test(d.getSourceFile().fileName));
      const set = decl && setOf(decl);
      if (symbol && set) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        uses.push({ member: qualifiedName(checker, symbol), set, at: `${path.relative(root, source.fileName)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** -1, 0 or 1 as version a is below, equal to or above b ("1.10" > "1.9"). */
export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The uses above what `declared` allows: a set not declared at all, or a higher version of one. */
export function usesAbove(uses: MemberUse[], declared: SetVersion[]): MemberUse[] {
  return uses.filter((u) => {
    const d = declared.find((s) => s.name === u.set.name);
    return !d || compareVersions(u.set.version, d.version) > 0;
  });
}
