/**
 * Markdown with GFM pipe tables (reports copied from web pages or converted
 * from Word by pandoc-like tools) → mdast, through remark.
 */
import type { Parent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Inline `<script>…</script>` or `<style>…</style>` in a heading, paragraph or
 * table cell: remark keeps the tags as html nodes (never read as text) but the
 * code between them as text. Drop that text too, so it cannot end up in an
 * issuer name or a label.
 */
export function remarkDropInlineScripts() {
  const opening = /^<(script|style)\b[^>]*>$/i;
  const dropRuns = (node: Parent) => {
    const kept: RootContent[] = [];
    let closing: RegExp | null = null;
    for (const child of node.children as RootContent[]) {
      if (closing) {
        if (child.type === 'html' && closing.test(child.value)) closing = null;
        continue;
      }
      const open = child.type === 'html' ? opening.exec(child.value.trim()) : null;
      if (open) closing = new RegExp(`^</${open[1]}\\s*>$`, 'i');
      kept.push(child);
    }
    node.children = kept as Parent['children'];
    for (const child of node.children) if ('children' in child) dropRuns(child as Parent);
  };
  return (tree: Root) => dropRuns(tree);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDropInlineScripts);

export function readMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root;
}

/** True when the text holds at least one GFM pipe table (header + delimiter row). */
export function hasPipeTables(text: string): boolean {
  return /^\s*\|.*\|\s*\r?\n\s*\|?\s*:?-{3,}:?\s*\|/m.test(text);
}
