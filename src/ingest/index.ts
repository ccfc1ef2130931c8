/**
 * bytes → ReadResult: pick the reader for a file by its extension and, for
 * text, by what the text holds (pipe tables → markdown, a tag soup → HTML).
 */
import type { Root } from 'mdast';
import type { SourceFormat } from '../model/record.ts';
import type { ReadResult } from '../parse/types.ts';
import { decodeBytes } from './decode.ts';
import { hasPipeTables, readMarkdown } from './markdown.ts';
import { readPlainText } from './text.ts';

/** File extensions the atlas reads, by format. */
export const extensions: Record<SourceFormat, readonly string[]> = {
  txt: ['.txt', '.text'],
  md: ['.md', '.markdown'],
  html: ['.html', '.htm', '.shtml', '.xhtml'],
  pdf: ['.pdf'],
  docx: ['.docx'],
};

export function formatOf(fileName: string): SourceFormat | null {
  const lower = fileName.toLowerCase();
  for (const [format, exts] of Object.entries(extensions) as [SourceFormat, readonly string[]][]) {
    if (exts.some((e) => lower.endsWith(e))) return format;
  }
  return null;
}

/** A reading failure with the reason shown to users. */
export class ReadError extends Error {}

/**
 * Budget for a text before any tree is built. Trees cost memory per node (about
 * 0.5 KB per table cell, 2.5 KB per HTML tag measured), and one report in the
 * Astro build must not exhaust the heap that all reports share. A real report
 * is 3–50 thousand characters with a few hundred table cells (the seeds and
 * realworld texts: at most 7,321 characters and 1,242 pieces); a saved web page
 * a few thousand tags. The limits are far above that and far below harm: some
 * steps (micromark on one huge paragraph, narrative line lookups) grow faster
 * than linearly, so the text limits are kept lower than memory alone needs.
 */
export const MAX_TEXT_CHARS = 500_000;
/** Characters of HTML source (Word-pasted pages are verbose; the tag count bounds the tree). */
export const MAX_HTML_CHARS = 8_000_000;
/** Table cells or words (tab-, pipe- or space-separated pieces) in a text or markdown report. */
export const MAX_TEXT_PIECES = 30_000;
/** Tags in an HTML report. */
export const MAX_HTML_TAGS = 150_000;

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Refuse a text whose size would make the tree too large to build safely. */
export function checkTextBudget(text: string, format: SourceFormat): void {
  const wan = (n: number) => `${(n / 10000).toFixed(n < 100000 ? 1 : 0)} 万`;
  const html = format === 'html' || format === 'docx';
  const maxChars = html ? MAX_HTML_CHARS : MAX_TEXT_CHARS;
  if (text.length > maxChars) {
    throw new ReadError(`文本有 ${wan(text.length)}字符，超过 ${wan(maxChars)}字符的上限；单份年度报告只有几万字，这个文件可能是多份报告或数据导出合在一起，未读取。`);
  }
  if (html) {
    const tags = countMatches(text, /<[a-zA-Z]/g);
    if (tags > MAX_HTML_TAGS) {
      throw new ReadError(`网页有 ${wan(tags)}个标签，超过 ${wan(MAX_HTML_TAGS)}个的上限；单份年度报告的网页只有几千个标签，未读取。`);
    }
    return;
  }
  const pieces = countMatches(text, /[\t|]|[ \u3000]+/g);
  if (pieces > MAX_TEXT_PIECES) {
    throw new ReadError(`文本有 ${wan(pieces)}个单元格或词，超过 ${wan(MAX_TEXT_PIECES)}个的上限；单份年度报告的表格只有几百个单元格，未读取。`);
  }
}

export function looksLikeHtml(text: string): boolean {
  if (/^\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(text)) return true;
  // A table element that is closed. (indexOf, not /<table[\s>][\s\S]*<\/table>/: with many
  // unclosed <table> openings that regex rescans the rest of the text from each one.)
  const head = text.slice(0, 200_000).toLowerCase();
  const open = head.search(/<table[\s>]/);
  return open >= 0 && head.indexOf('</table>', open) > open;
}

async function readHtmlText(text: string): Promise<Root> {
  const { readHtml } = await import('./html.ts');
  return readHtml(text);
}

/** Text formats: choose the reader from the content, not only the extension. */
/** A reader's result plus what decoding had to replace (broken UTF-8 bytes), for a check. */
export interface SourceRead extends ReadResult {
  replaced?: { count: number; lines: number[] };
}

async function readText(text: string, declared: SourceFormat, encoding: string): Promise<ReadResult> {
  if (declared === 'html' || (declared === 'txt' && looksLikeHtml(text) && !hasPipeTables(text))) {
    checkTextBudget(text, 'html');
    return { text, format: 'html', encoding, tree: await readHtmlText(text) };
  }
  checkTextBudget(text, declared);
  if (hasPipeTables(text)) return { text, format: declared, encoding, tree: readMarkdown(text) };
  return { text, format: declared, encoding, tree: readPlainText(text) };
}

export async function readSource(fileName: string, bytes: Uint8Array): Promise<SourceRead> {
  const format = formatOf(fileName) ?? 'txt';
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf.ts');
    const { text } = await readPdf(bytes);
    checkTextBudget(text, 'pdf');
    return { text, format, encoding: null, tree: readPlainText(text) };
  }
  if (format === 'docx') {
    const { readDocx } = await import('./docx.ts');
    const { html } = await readDocx(bytes);
    checkTextBudget(html, 'docx');
    return { text: html, format, encoding: null, tree: await readHtmlText(html) };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new ReadError(decoded.error);
  // Old Mac and some export tools end lines with a lone CR: without this the whole report is one line.
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  const read = await readText(text, format, decoded.encoding);
  return decoded.replaced ? { ...read, replaced: decoded.replaced } : read;
}
