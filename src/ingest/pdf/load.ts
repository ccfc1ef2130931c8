/**
 * pdfjs-dist in Node: open a document from bytes with no network, no font
 * loading and no eval, then read each page's text items and ruling lines.
 * Everything pdfjs-specific lives here; the layout steps get plain geometry.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import { filledRulings, identity, multiply, strokedRulings, subpaths, textBoxes, type Matrix, type RawTextItem } from './geometry.ts';
import type { PageContent, Ruling } from './types.ts';

/** Local data shipped with pdfjs-dist: CMaps for CJK fonts and the standard fonts. */
function pdfjsDataUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // pdfjs reads these through the file system in Node; paths must end with a separator.
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** Open a PDF (pdfjs 6 never evaluates code from the file). */
export async function openPdf(bytes: Uint8Array): Promise<{ doc: PDFDocumentProxy; destroy: () => Promise<void> }> {
  const task = getDocument({
    // A plain Uint8Array copy: pdfjs refuses Node Buffers (what fs.readFile gives) and detaches what it is given.
    data: new Uint8Array(bytes),
    ...pdfjsDataUrls(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  const doc = await task.promise;
  return { doc, destroy: () => task.destroy() };
}

const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const fillOps = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Ruling lines of a page, from its operator list, in viewport space. */
export function rulingsFromOperators(fnArray: readonly number[], argsArray: readonly unknown[], viewport: Matrix): Ruling[] {
  const rulings: Ruling[] = [];
  let ctm: Matrix = identity;
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? identity;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as Matrix | null | undefined;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? identity;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const stroke = strokeOps.has(paint);
      const fill = fillOps.has(paint);
      if (!stroke && !fill) continue; // clipping paths and endPath draw nothing
      const full = multiply(viewport, ctm);
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const paths = subpaths(data).map((p) => ({
        closed: p.closed,
        points: p.points.map(([x, y]) => [full[0] * x + full[2] * y + full[4], full[1] * x + full[3] * y + full[5]] as [number, number]),
      }));
      if (stroke) rulings.push(...strokedRulings(paths));
      if (fill) rulings.push(...filledRulings(paths));
    }
  }
  return rulings;
}

/** A glyph as pdfjs puts it in `showText` arguments (numbers between glyphs are spacing). */
interface Glyph {
  unicode?: string;
  vmetric?: unknown;
}

/**
 * Text of each vertically written run (a vertical font between BT and ET),
 * read from the drawing operators. pdfjs's text extraction drops the tail of
 * some vertical runs (e.g. a merged-cell label "三、本年度办理结果" comes out
 * as "三、本年"); the operators still hold every glyph.
 */
export function verticalRuns(fnArray: readonly number[], argsArray: readonly unknown[]): string[] {
  const runs: string[] = [];
  let current = '';
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.beginText) current = '';
    else if (fn === OPS.endText) {
      if (current.trim()) runs.push(current.trim());
      current = '';
    } else if (fn === OPS.showText || fn === OPS.showSpacedText) {
      const glyphs = ((argsArray[i] as unknown[] | null)?.[0] ?? []) as (Glyph | number)[];
      for (const g of glyphs) if (typeof g === 'object' && g?.vmetric && g.unicode) current += g.unicode;
    }
  }
  return runs;
}

/** Complete vertical text items that pdfjs cut short, from the runs in the operators. */
export function completeVerticalItems<T extends RawTextItem>(items: readonly T[], runs: readonly string[]): T[] {
  const unused = [...runs];
  return items.map((item) => {
    if (item.dir !== 'ttb') return item;
    const seen = item.str.replace(/\s+/g, '');
    const index = unused.findIndex((run) => run.replace(/\s+/g, '').startsWith(seen) && run.length > seen.length);
    if (!seen || index < 0) return item;
    const full = unused.splice(index, 1)[0].replace(/\s+/g, '');
    return { ...item, str: full, height: (item.height * [...full].length) / [...seen].length };
  });
}

/** Text boxes and rulings of one page. */
export async function pageContent(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as unknown as Matrix;
  const [text, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const items = completeVerticalItems(
    text.items.flatMap((it) => ('str' in it ? [it as RawTextItem] : [])),
    verticalRuns(operators.fnArray, operators.argsArray),
  );
  return {
    number: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    boxes: textBoxes(items, transform),
    rulings: rulingsFromOperators(operators.fnArray, operators.argsArray, transform),
  };
}
