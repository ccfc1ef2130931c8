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

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(text) || /<table[\s>][\s\S]*<\/table>/i.test(text.slice(0, 200_000));
}

async function readHtmlText(text: string): Promise<Root> {
  const { readHtml } = await import('./html.ts');
  return readHtml(text);
}

/** Text formats: choose the reader from the content, not only the extension. */
async function readText(text: string, declared: SourceFormat, encoding: string): Promise<ReadResult> {
  if (declared === 'html' || (declared === 'txt' && looksLikeHtml(text) && !hasPipeTables(text))) {
    return { text, format: 'html', encoding, tree: await readHtmlText(text) };
  }
  if (hasPipeTables(text)) return { text, format: declared, encoding, tree: readMarkdown(text) };
  return { text, format: declared, encoding, tree: readPlainText(text) };
}

export async function readSource(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  const format = formatOf(fileName) ?? 'txt';
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf.ts');
    const { text } = await readPdf(bytes);
    return { text, format, encoding: null, tree: readPlainText(text) };
  }
  if (format === 'docx') {
    const { readDocx } = await import('./docx.ts');
    const { html } = await readDocx(bytes);
    return { text: html, format, encoding: null, tree: await readHtmlText(html) };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new ReadError(decoded.error);
  return readText(decoded.text, format, decoded.encoding);
}
