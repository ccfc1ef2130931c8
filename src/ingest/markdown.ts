/**
 * Markdown with GFM pipe tables (reports copied from web pages or converted
 * from Word by pandoc-like tools) → mdast, through remark.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

export function readMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
}

/** True when the text holds at least one GFM pipe table (header + delimiter row). */
export function hasPipeTables(text: string): boolean {
  return /^\s*\|.*\|\s*\r?\n\s*\|?\s*:?-{3,}:?\s*\|/m.test(text);
}
