/**
 * Saved web page (or mammoth's DOCX HTML) → mdast tree.
 *
 * parse (hast-util-from-html, with source positions) → drop what a reader
 * never sees (clean.ts) → find the report article inside the site chrome
 * (article.ts) → headings, paragraphs and span-expanded tables (blocks.ts).
 * Positions are lines of the HTML source, which is the record's `text`.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { findArticle, findTitleOutside, looksLikeReportTitle, plainText } from './html/article.ts';
import { toBlocks } from './html/blocks.ts';
import { visibleTree } from './html/clean.ts';
import { tidySpacing } from './spacing.ts';

/** Parse HTML source into hast with positions; parse errors are tolerated like a browser does. */
export function parseHtml(text: string): HastRoot {
  return fromHtml(text);
}

/** Does the article already open with the report title (in its first few blocks)? */
function hasTitle(blocks: RootContent[]): boolean {
  return blocks.slice(0, 3).some((b) => (b.type === 'heading' || b.type === 'paragraph') && looksLikeReportTitle(blockText(b)));
}

function blockText(block: RootContent): string {
  if ('children' in block) return block.children.map((c) => ('value' in c ? String(c.value) : blockText(c as RootContent))).join('');
  return 'value' in block ? String(block.value) : '';
}

/** Read a saved web page: the report article's headings, paragraphs and tables. */
export function readHtml(text: string): Root {
  const page = parseHtml(text);
  const visible = visibleTree(page);
  const article = findArticle(visible);
  const blocks = article ? toBlocks(article) : [];
  if (article && !hasTitle(blocks)) {
    // The title often sits in a page header above the article body; the issuer is read from it.
    const found = findTitleOutside(visible, article) ?? findTitleOutside(page, article);
    if (found) {
      const element = 'element' in found ? found.element : found;
      const value = tidySpacing('text' in found ? found.text : plainText(found));
      const position = element.position;
      blocks.unshift({
        type: 'heading',
        depth: 1,
        children: [{ type: 'text', value, ...(position ? { position } : {}) }],
        ...(position ? { position } : {}),
      });
    }
  }
  return {
    type: 'root',
    children: blocks,
    position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) },
  };
}

function endOf(text: string) {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1, offset: text.length };
}
