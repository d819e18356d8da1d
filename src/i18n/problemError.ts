/**
 * The one error the edges throw (ExcelJS files in src/xlsx, Office.js in src/excel): it carries its
 * problem, so that whoever shows it (the command, the pane) renders it in the user's language. Its
 * message is the Vietnamese rendering, for logs. The core throws nothing: it returns ThadsError
 * values (core/errors.ts).
 */
import { renderProblem, type Problem } from "./problem";
import type { Lang } from "./lang";

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(renderProblem(problem, "vi"));
    this.name = "ProblemError";
  }

  /** The message in the given language. */
  describe(lang: Lang): string {
    return renderProblem(this.problem, lang);
  }
}
