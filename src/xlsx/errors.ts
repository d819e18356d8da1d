/**
 * Problems with a workbook file itself (not with its figures), and with writing the report's file:
 * each is a coded problem of the files area (src/i18n/vi/files.ts and its English twin) naming the file, rendered in the
 * command's language; never a stack trace.
 */
import * as path from "path";
import type { WriteReason } from "../i18n/vi/files";
import { problem, type Problem } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";

/** A file that cannot be read or written: `file` is the path as given, the problem names its base name. */
export class XlsxFileError extends ProblemError {
  constructor(readonly file: string, problem: Problem) {
    super(problem);
    this.name = "XlsxFileError";
  }
}

/** The problems of a file that need nothing but its name. */
export type PlainFileProblem = "filesMissing" | "filesNotFile" | "filesLocked" | "filesLegacyXls" | "filesNotXlsx" | "filesExists";

export function fileError(file: string, code: PlainFileProblem): XlsxFileError {
  return new XlsxFileError(file, problem(code, { file: path.basename(file) }));
}

/** The problem an operating-system error code stands for when opening a file; undefined for none of them. */
export function osProblem(err: unknown): "filesMissing" | "filesNotFile" | "filesLocked" | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "filesMissing";
  if (code === "EISDIR") return "filesNotFile";
  if (code === "EACCES" || code === "EPERM" || code === "EBUSY") return "filesLocked";
  return undefined;
}

/** Why writing a file failed, from the operating system's code. */
export function writeReason(err: unknown): WriteReason {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "noFolder";
  if (code === "EACCES" || code === "EPERM" || code === "EBUSY") return "denied";
  if (code === "ENOSPC") return "diskFull";
  if (code === "EISDIR") return "isFolder";
  return "other";
}

/** A library's or the system's own words about a failure, cut to one line. */
export function shortReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n")[0].slice(0, 120);
}
