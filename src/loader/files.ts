/**
 * Finding report files on disk. Pure path logic plus one directory walk;
 * no parsing here.
 */
import { readdir } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SourceFormat } from '../model/record.ts';

/** File extensions the atlas reads, and the record format each one is. */
export const reportExtensions: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** The folder the collection reads: `ATLAS_REPORTS_DIR` (relative to `cwd`) or `content/reports` under the project root. */
export function reportsDir(env: Record<string, string | undefined>, projectRoot: string, cwd: string): string {
  const fromEnv = env.ATLAS_REPORTS_DIR?.trim();
  if (fromEnv) return isAbsolute(fromEnv) ? fromEnv : resolve(cwd, fromEnv);
  return join(projectRoot, 'content', 'reports');
}

/** The format of a file name, or null when the atlas does not read that extension. */
export function formatOf(fileName: string): SourceFormat | null {
  return reportExtensions[extname(fileName).toLowerCase()] ?? null;
}

/** Path of `file` inside `dir`, with forward slashes; null when it lies outside. */
export function relativeReportPath(dir: string, file: string): string | null {
  const rel = relative(dir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** Whether a path segment should be skipped (hidden files, editor and OS droppings). */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || name.endsWith('~');
}

/**
 * Every report file under `dir` (recursively), as paths relative to `dir`,
 * sorted so entry order is reproducible. A missing folder yields no files.
 */
export async function listReportFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(sub: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (isIgnored(entry.name)) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isFile() && formatOf(entry.name)) out.push(rel);
    }
  }
  await walk('');
  return out.sort();
}
