/**
 * LibreOffice headless for the writer's tests, as test/cli/recalc.test.ts runs it: soffice is installed
 * from Debian when missing and running as root, otherwise the test fails with one clear line; every
 * conversion uses a private profile so parallel runs and the user's settings stay apart.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const INSTALL = "apt-get install -y libreoffice-calc-nogui";

function which(cmd: string): string {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();
}

export function soffice(): string {
  let found = which("soffice");
  if (!found && process.getuid?.() === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    let r = spawnSync("sh", ["-c", INSTALL], { env, stdio: "ignore" });
    if (r.status !== 0) r = spawnSync("sh", ["-c", `apt-get update && ${INSTALL}`], { env, stdio: "ignore" });
    found = which("soffice");
  }
  if (!found) throw new Error(`LibreOffice (soffice) không có: cài bằng "${INSTALL}" (quyền root) rồi chạy lại bài kiểm tra.`);
  return found;
}

/** Converts `file` to `format` ("pdf", "ods") into `outDir`; the converted file's path, or an error with LibreOffice's output. */
export function convert(office: string, file: string, format: string, outDir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "thads-lo-profile-"));
  try {
    const r = spawnSync(office, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, file], {
      encoding: "utf8",
      timeout: 120000,
    });
    const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out} (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    return out;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
