/**
 * Problems travel as codes with parameters, from the core to the edge that shows them: the core
 * never writes a sentence, the pane, the page and the command render it in the user's language.
 * Parameters are raw (numbers as numbers, cell addresses as written), and each catalogue formats
 * them its own way.
 */
import { en } from "./en";
import type { Lang } from "./lang";
import { vi, type Catalogue } from "./vi";

type Problems = Catalogue["problems"];
export type ProblemCode = keyof Problems;
export type ProblemParams<K extends ProblemCode> = Parameters<Problems[K]>[0];
/** One problem: a code and the parameters its message needs. */
export type Problem = { [K in ProblemCode]: { code: K; params: ProblemParams<K> } }[ProblemCode];

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { vi, en };

export function problem<K extends ProblemCode>(code: K, params: ProblemParams<K>): Problem {
  return { code, params } as Problem;
}

/** The problem's message in the language. */
export function renderProblem(p: Problem, lang: Lang): string {
  const render = CATALOGUES[lang].problems[p.code] as (params: unknown) => string;
  return render(p.params);
}

/** The words of one area in the language: words("vi").pane.title. */
export function words(lang: Lang): Catalogue["words"] {
  return CATALOGUES[lang].words;
}

/** An issue's text in the language: every edge shows issues through this and nothing else. */
export function issueText(issue: { problem: Problem }, lang: Lang): string {
  return renderProblem(issue.problem, lang);
}
