/** Reading chart SVGs back in tests: a strict XML parse and small queries. */
import { DOMParser } from '@xmldom/xmldom';

/**
 * The two XML well-formedness rules xmldom (and sax) let through: a raw `<`
 * inside an attribute value, and `&` that does not start one of XML's five
 * entities or a character reference (SVG files know no `&nbsp;`).
 */
export function lexicalProblems(xml: string): string[] {
  const problems: string[] = [];
  const entity = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
  let inTag = false;
  let quote: string | null = null;
  for (let i = 0; i < xml.length; i++) {
    const ch = xml[i];
    if (ch === '&' && !entity.test(xml.slice(i, i + 12))) problems.push(`bare & at ${i}: ${xml.slice(i, i + 20)}`);
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '<') problems.push(`raw < in an attribute value at ${i}`);
    } else if (inTag) {
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') inTag = false;
    } else if (ch === '<') inTag = true;
  }
  return problems;
}

/** Parse as standalone XML; any warning or error (unescaped `<`, bad entity, unclosed tag) throws. */
export function parseSvg(svg: string): Document {
  const problems: string[] = lexicalProblems(svg);
  const report = (msg: string) => problems.push(msg);
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(svg, 'image/svg+xml');
  if (problems.length > 0) throw new Error(`SVG is not well-formed XML: ${problems.join('; ')}`);
  return doc as unknown as Document;
}

function elements(node: Document | Element, tag: string): Element[] {
  return Array.from((node as Element).getElementsByTagName(tag));
}

/** The groups Plot draws marks into (Plot's aria-label, kept as data-mark). */
export function markGroups(doc: Document, mark: string): Element[] {
  return elements(doc, 'g').filter((g) => g.getAttribute('data-mark') === mark);
}

/** Number of drawn bars (rects of every `bar` mark). */
export function barCount(doc: Document): number {
  return markGroups(doc, 'bar').reduce((n, g) => n + elements(g, 'rect').length, 0);
}

/** Number of heatmap cells. */
export function cellCount(doc: Document): number {
  return markGroups(doc, 'cell').reduce((n, g) => n + elements(g, 'rect').length, 0);
}

/** Texts of the `text` marks (value labels), in document order. */
export function valueLabels(doc: Document): string[] {
  return markGroups(doc, 'text').flatMap((g) => elements(g, 'text').map((t) => t.textContent ?? ''));
}

/** Every text node of the SVG (ticks, labels, legend, title), in document order. */
export function allTexts(doc: Document): string[] {
  return [...elements(doc, 'text'), ...elements(doc, 'title'), ...elements(doc, 'desc')].map((t) => t.textContent ?? '');
}

/** The outer <svg> element. */
export function root(doc: Document): Element {
  return doc.documentElement as unknown as Element;
}
