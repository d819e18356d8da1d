/**
 * The source rules of DEVELOPERS.md, checked over src/ by scripts/check-source.js: no file over 400
 * lines, no function over 80, and Vietnamese user-facing text only in the catalogues (src/i18n)
 * and the recognition vocabularies. The checker itself is tested on small programs that break
 * each rule, so that a silent checker cannot pass.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check, sourceFiles } = require("../../scripts/check-source.js");

const ROOT = path.resolve(__dirname, "../..");

describe("the source rules", () => {
  it("hold in every file of src/", () => {
    const breaches = sourceFiles(path.join(ROOT, "src")).flatMap(check);
    expect(breaches).toEqual([]);
  });
});

describe("the checker", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rules-"));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it("finds a long function, a long file and a Vietnamese literal", () => {
    const body = Array.from({ length: 81 }, (_, i) => `  const x${i} = ${i};`).join("\n");
    const longFunction = write("f.ts", `export function big(): void {\n${body}\n}\n`);
    expect(check(longFunction).map((b: { rule: string }) => b.rule)).toEqual(["function-lines"]);
    const longFile = write("g.ts", Array.from({ length: 401 }, (_, i) => `export const y${i} = ${i};`).join("\n") + "\n");
    expect(check(longFile).map((b: { rule: string }) => b.rule)).toEqual(["file-lines"]);
    const text = write("h.ts", 'export const m = `Không tìm thấy ${1}`;\nexport const ok = "Thi hanh xong";\n');
    expect(check(text).map((b: { rule: string }) => b.rule)).toEqual(["vietnamese-text"]);
  });

  it("passes a function of exactly 80 lines and Vietnamese in comments", () => {
    const body = Array.from({ length: 78 }, (_, i) => `  const x${i} = ${i};`).join("\n");
    const file = write("k.ts", `// Chấp hành viên\nexport function edge(): void {\n${body}\n}\n`);
    expect(check(file)).toEqual([]);
  });
});
