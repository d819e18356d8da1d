import * as nodePath from "path";
import * as webPath from "../../src/web/path";

// The web page's stand-in for Node's path must agree with Node's own on the paths the xlsx code uses.
const PATHS = ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml", "xl/charts/chart2.xml", "a.xlsx", "Khu vực 1.xlsx", "dir/x.tar.gz", ".hidden", "xl/", "x"];

describe("the web page's path functions", () => {
  test.each(PATHS)("dirname, basename, extname of %s", (p) => {
    expect(webPath.dirname(p)).toBe(nodePath.posix.dirname(p));
    expect(webPath.basename(p)).toBe(nodePath.posix.basename(p));
    expect(webPath.extname(p)).toBe(nodePath.posix.extname(p));
    expect(webPath.basename(p, ".xlsx")).toBe(nodePath.posix.basename(p, ".xlsx"));
  });

  test.each(PATHS.flatMap((a) => PATHS.map((b) => [a, b])))("relative(%s, %s)", (a, b) => {
    expect(webPath.relative(a, b)).toBe(nodePath.posix.relative(a, b));
  });

  test.each([
    ["xl", "worksheets/sheet1.xml"],
    ["xl/worksheets", "_rels", "sheet1.xml.rels"],
    ["xl", "../docProps/app.xml"],
    ["/xl", "x.xml"],
    ["", "x.xml"],
  ])("join(%s, %s …)", (...parts) => {
    expect(webPath.join(...parts)).toBe(nodePath.posix.join(...parts));
  });
});
