/**
 * The layouts the synthetic corpus is written in, one renderer each, with the
 * file extension and the random quirk mix the corpus uses for it.
 */
import type { SourceFormat } from '../../model/record.ts';
import type { DocumentOptions } from '../document.ts';
import type { Rng } from '../prng.ts';
import type { SynthRecord } from '../record.ts';
import { randomCellsQuirks, renderCells } from './cells.ts';
import { randomHtmlQuirks, renderHtml } from './html.ts';
import { randomMarkdownQuirks, renderMarkdown } from './markdown.ts';
import { randomPdfTextQuirks, renderPdfText } from './pdftext.ts';
import { randomTabQuirks, renderTab } from './tab.ts';
import { randomWebCopyQuirks, renderWebCopy } from './webcopy.ts';

export const layouts = ['tab', 'cells', 'markdown', 'html', 'pdftext', 'webcopy'] as const;
export type Layout = (typeof layouts)[number];

export interface LayoutInfo {
  /** What the layout imitates. */
  description: string;
  ext: 'txt' | 'md' | 'html';
  format: SourceFormat;
  /** How null cells can be printed in this layout ("" cannot survive pdftotext -raw). */
  nullMarks: readonly ('' | '/')[];
  render(record: SynthRecord, options: DocumentOptions & { quirks?: object }): string;
  randomQuirks(rng: Rng): object;
}

export const layoutInfo: Record<Layout, LayoutInfo> = {
  tab: {
    description: 'Word export with tab-separated cells (seeds 000, 001, 004)',
    ext: 'txt',
    format: 'txt',
    nullMarks: ['', '/'],
    render: renderTab,
    randomQuirks: randomTabQuirks,
  },
  cells: {
    description: 'one cell per line, rows separated by blank lines (seed 002)',
    ext: 'txt',
    format: 'txt',
    nullMarks: ['', '/'],
    render: renderCells,
    randomQuirks: randomCellsQuirks,
  },
  markdown: {
    description: 'markdown headings and pipe tables split by a page break (seed 003)',
    ext: 'md',
    format: 'md',
    nullMarks: ['', '/'],
    render: renderMarkdown,
    randomQuirks: randomMarkdownQuirks,
  },
  html: {
    description: 'portal page with rowspan/colspan tables',
    ext: 'html',
    format: 'html',
    nullMarks: ['', '/'],
    render: renderHtml,
    randomQuirks: randomHtmlQuirks,
  },
  pdftext: {
    description: 'pdftotext -raw output (realworld huaian-2024, hongze-2024)',
    ext: 'txt',
    format: 'txt',
    nullMarks: ['/'],
    render: renderPdfText,
    randomQuirks: randomPdfTextQuirks,
  },
  webcopy: {
    description: 'text copied from a web page, cell boundaries lost: numbers run together (规章000)',
    ext: 'txt',
    format: 'txt',
    nullMarks: ['/'],
    render: renderWebCopy,
    randomQuirks: randomWebCopyQuirks,
  },
};

export { renderCells, renderHtml, renderMarkdown, renderPdfText, renderTab, renderWebCopy };
