/**
 * Requirement sets: every Office.js member the add-in uses (src/excel, src/taskpane, src/functions),
 * found by walking the TypeScript program, needs no set above those manifest.xml declares; the
 * sets the pane checks at run time (src/excel/requirements.ts) are the manifest's.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { REQUIRED_SETS } from "../../src/excel/requirements";
import { ROOT } from "./dist";
import { compareVersions, officeMemberUses, SetVersion, usesAbove } from "./requirement-sets";

function manifestSets(): SetVersion[] {
  const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), "text/xml");
  const requirements = doc.getElementsByTagName("Requirements")[0];
  return Array.from(requirements.getElementsByTagName("Set")).map((s) => ({ name: s.getAttribute("Name")!, version: s.getAttribute("MinVersion")! }));
}

const sourceFiles = (dir: string) =>
  fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith(".ts")).map((f) => path.join(ROOT, dir, f));

describe("requirement sets", () => {
  const declared = manifestSets();

  it("no Office.js member the add-in uses needs a set above the manifest's", () => {
    const uses = officeMemberUses(["src/excel", "src/taskpane", "src/functions"].flatMap(sourceFiles), ROOT);
    // the walk finds the members it must: old and new sets alike
    expect(uses.map((u) => u.member)).toEqual(expect.arrayContaining(["Excel.Range.values", "Excel.Workbook.getSelectedRanges", "Office.Addin.onVisibilityModeChanged"]));
    expect(usesAbove(uses, declared).map((u) => `${u.at} ${u.member} needs ${u.set.name} ${u.set.version}`)).toEqual([]);
  });

  it("fails on a program that uses a member above them", () => {
    const uses = officeMemberUses([path.join(ROOT, "test/build/fixtures/above-sets.ts")], ROOT);
    expect(usesAbove(uses, declared).map((u) => [u.member, `${u.set.name} ${u.set.version}`])).toEqual([["Excel.Range.getSpillingToRange", "ExcelApi 1.12"]]);
  });

  it("compares versions as numbers: 1.10 is above 1.9", () => {
    expect([compareVersions("1.10", "1.9"), compareVersions("1.9", "1.9"), compareVersions("1.1", "1.3")]).toEqual([1, 0, -1]);
  });

  it("the pane checks at run time the very sets the manifest declares", () => {
    expect([...REQUIRED_SETS].sort((a, b) => a.name.localeCompare(b.name))).toEqual([...declared].sort((a, b) => a.name.localeCompare(b.name)));
  });
});
