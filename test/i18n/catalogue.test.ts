/**
 * The catalogues: every problem code renders in both languages, English carries no Vietnamese of
 * its own (only what the parameters bring: names, sheet names, cell texts), and codes are unique.
 */
import { AREAS as VI_AREAS, vi } from "../../src/i18n/vi";
import { AREAS as EN_AREAS, en } from "../../src/i18n/en";
import { renderProblem, type Problem } from "../../src/i18n/problem";
import { examples as common } from "./examples/common";
import { examples as table } from "./examples/table";
import { examples as register } from "./examples/register";
import { examples as functions } from "./examples/functions";
import { examples as files } from "./examples/files";
import { examples as report } from "./examples/report";
import { examples as pane } from "./examples/pane";
import { examples as cli } from "./examples/cli";
import { examples as excel } from "./examples/excel";
import { examples as encoding } from "./examples/encoding";
import { examples as web } from "./examples/web";
import { examples as year } from "./examples/year";
import { examples as statistics } from "./examples/statistics";

const EXAMPLES: Record<string, Record<string, unknown>> = { common, table, register, functions, files, report, pane, cli, excel, encoding, year, statistics, web };

/** Letters only Vietnamese uses (and the Latin-1 ones it shares, which English text never has). */
const VIETNAMESE = /[À-ỹđĐ]/;

/** Every string a parameter holds, however deep. */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}

describe("the problem catalogues", () => {
  const codes = Object.keys(vi.problems);

  it("have the same codes in both languages, each code once across the areas", () => {
    expect(Object.keys(en.problems).sort()).toEqual([...codes].sort());
    const perArea = Object.values(VI_AREAS).reduce((n, area) => n + Object.keys(area.problems).length, 0);
    expect(perArea).toBe(codes.length);
    for (const [name, area] of Object.entries(VI_AREAS)) {
      for (const code of Object.keys(area.problems)) expect(code.startsWith(name)).toBe(true);
      expect(Object.keys(EN_AREAS[name as keyof typeof EN_AREAS].problems).sort()).toEqual(Object.keys(area.problems).sort());
    }
  });

  it.each(codes)("%s renders in Vietnamese and in English", (code) => {
    const area = Object.keys(VI_AREAS).find((a) => code.startsWith(a)) as string;
    const params = EXAMPLES[area][code];
    expect(params).toBeDefined();
    const p = { code, params } as Problem;
    const viText = renderProblem(p, "vi");
    const enText = renderProblem(p, "en");
    expect(viText.trim()).not.toBe("");
    expect(enText.trim()).not.toBe("");
    let own = enText;
    for (const s of strings(params).sort((a, b) => b.length - a.length)) own = own.split(s).join("");
    expect(own).not.toMatch(VIETNAMESE);
  });
});

describe("the words of each area", () => {
  /** Every leaf of a words tree: strings, and functions called with sample arguments. */
  function leaves(tree: unknown, path: string[] = []): [string, unknown][] {
    if (tree && typeof tree === "object") return Object.entries(tree).flatMap(([k, v]) => leaves(v, [...path, k]));
    return [[path.join("."), tree]];
  }

  it("have the same keys in both languages", () => {
    const keys = (w: unknown) => leaves(w).map(([k]) => k).sort();
    expect(keys(en.words)).toEqual(keys(vi.words));
  });

  it("English words hold no Vietnamese", () => {
    for (const [key, value] of leaves(en.words)) {
      if (typeof value === "string") expect([key, value]).not.toEqual([key, expect.stringMatching(VIETNAMESE)]);
    }
  });
});
