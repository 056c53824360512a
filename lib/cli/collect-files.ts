import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./parse-command-line";

/**
 * The files named on the command line: a file as given (whatever its
 * extension), a folder walked for files with one of `extensions` (sorted,
 * skipping node_modules and dot folders). A path that does not exist is a
 * usage error, and so is a folder with no such file in it.
 */
export function collectFiles(args: string[], cwd: string, extensions: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new UsageError(`${arg}: no such file or folder`);
    }
    if (!isDir) {
      files.push(abs);
      continue;
    }
    const found = walk(abs, extensions);
    if (found.length === 0) throw new UsageError(`${arg}: no ${extensions.join(" or ")} files in this folder`);
    files.push(...found);
  }
  return [...new Set(files)];
}

function walk(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, extensions));
    // A symbolic link to a file counts (rule files are often linked in from elsewhere); links to
    // folders are not followed (a loop would never end). RULES.YAML is a .yaml file too.
    else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(full))) && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(full);
  }
  return out;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false; // a dangling link
  }
}

/** How a file is named in output: relative to where the command was run (GitHub annotations need repository-relative paths). */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : abs;
}
