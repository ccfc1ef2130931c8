/**
 * From Plot options to a self-contained SVG string. Plot renders into a
 * linkedom document (no browser at build time); each chart is a vertical
 * stack of blocks (legend, plot, note) moved into one outer <svg> that gets
 * what Plot leaves out: xmlns, a <title>/<desc>, role="img", the Chinese font
 * stack and fixed class names, so the same data gives the same bytes.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { chartWidth, classPrefix, fontSize, fontStack } from './theme.ts';
import { textWidthEm } from './text.ts';

const svgNS = 'http://www.w3.org/2000/svg';

/** A piece of a chart: an SVG group and the box it occupies. */
export interface Block {
  node: Element;
  width: number;
  height: number;
}

/** One entry of a colour legend. */
export interface LegendItem {
  label: string;
  colour: string;
}

/** What the outer <svg> says about itself (text, escaped by the DOM). */
export interface SvgMeta {
  /** Chart kind, used in the fixed class name `atlas-chart-<kind>`. */
  kind: string;
  title: string;
  description: string;
}

/** A fresh DOM for one chart, so no state is shared between renders. */
export function createChartDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

function svgElement(document: Document, name: string, attrs: Record<string, string | number> = {}): Element {
  const el = document.createElementNS(svgNS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Render Plot options into a block (Plot's own <style> dropped: the outer SVG carries one). */
export function plotBlock(document: Document, options: Plot.PlotOptions): Block {
  const svg = Plot.plot({ ...options, document, className: classPrefix, figure: false }) as unknown as Element;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const g = svgElement(document, 'g');
  for (const name of ['fill', 'text-anchor']) {
    const value = svg.getAttribute(name);
    if (value != null) g.setAttribute(name, value);
  }
  for (const child of [...svg.childNodes]) {
    if ((child as Element).tagName?.toLowerCase() === 'style') continue;
    g.appendChild(child);
  }
  return { node: g, width, height };
}

/** Swatches with labels, wrapped into rows that fit `width` (an SVG legend: no canvas, no HTML). */
export function legendBlock(document: Document, items: LegendItem[], width = chartWidth, left = 8): Block {
  const g = svgElement(document, 'g', { 'text-anchor': 'start', 'data-mark': 'legend' });
  const rowHeight = 20;
  const swatch = 12;
  let x = left;
  let y = 4;
  for (const item of items) {
    const itemWidth = swatch + 4 + textWidthEm(item.label) * fontSize + 16;
    if (x > left && x + itemWidth > width) {
      x = left;
      y += rowHeight;
    }
    g.appendChild(svgElement(document, 'rect', { x, y, width: swatch, height: swatch, fill: item.colour, stroke: '#666', 'stroke-width': 0.5 }));
    const text = svgElement(document, 'text', { x: x + swatch + 4, y: y + swatch / 2, dy: '0.35em', fill: 'currentColor' });
    text.textContent = item.label;
    g.appendChild(text);
    x += itemWidth;
  }
  return { node: g, width, height: y + rowHeight };
}

/** A line of text, e.g. "no data" or a remark under a plot. */
export function noteBlock(document: Document, message: string, width = chartWidth, left = 8): Block {
  const g = svgElement(document, 'g', { 'text-anchor': 'start' });
  const text = svgElement(document, 'text', { x: left, y: 20, dy: '0.35em', fill: 'currentColor' });
  text.textContent = message;
  g.appendChild(text);
  return { node: g, width, height: 36 };
}

/** A heading above a block inside a composite chart. */
export function headingBlock(document: Document, heading: string, width = chartWidth, left = 8): Block {
  const g = svgElement(document, 'g', { 'text-anchor': 'start', 'font-weight': 'bold' });
  const text = svgElement(document, 'text', { x: left, y: 18, dy: '0.35em', fill: 'currentColor' });
  text.textContent = heading;
  g.appendChild(text);
  return { node: g, width, height: 30 };
}

/** Stack blocks vertically into one standalone, responsive SVG and serialise it. */
export function toSvgString(document: Document, blocks: Block[], meta: SvgMeta): string {
  const width = Math.max(chartWidth, ...blocks.map((b) => b.width));
  const height = blocks.reduce((sum, b) => sum + b.height, 0);
  const className = `${classPrefix} ${classPrefix}-${meta.kind}`;
  const svg = svgElement(document, 'svg', {
    xmlns: svgNS,
    class: className,
    role: 'img',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    'font-family': fontStack,
    'font-size': fontSize,
    fill: 'currentColor',
  });
  const title = svgElement(document, 'title');
  title.textContent = meta.title;
  const desc = svgElement(document, 'desc');
  desc.textContent = meta.description;
  const style = svgElement(document, 'style');
  // :where() keeps specificity zero so page CSS can override any of this.
  style.textContent =
    `:where(.${classPrefix}){display:block;max-width:100%;height:auto;background:#fff;color:#222}` +
    `:where(.${classPrefix} text){white-space:pre}`;
  svg.append(title, desc, style);
  let y = 0;
  for (const block of blocks) {
    if (y > 0) block.node.setAttribute('transform', `translate(0,${y})`);
    svg.appendChild(block.node);
    y += block.height;
  }
  roundGeometry(svg);
  markGroupsAsData(svg);
  const out = svg.outerHTML;
  // Plot only writes xlink:href for image marks, which we do not use; declare it if that ever changes.
  return out.includes('xlink:') ? out.replace('<svg ', '<svg xmlns:xlink="http://www.w3.org/1999/xlink" ') : out;
}

const geometryAttributes = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'transform', 'd', 'dx', 'dy'];

/** Plot writes coordinates like 239.82817869415808; two decimals are far below a pixel and halve the bytes. */
function roundGeometry(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of geometryAttributes) {
      const value = el.getAttribute(name);
      if (value != null && /\d\.\d{3}/.test(value)) {
        el.setAttribute(name, value.replace(/(-?\d+\.\d+)/g, (n) => String(Math.round(Number(n) * 100) / 100)));
      }
    }
  }
}

/**
 * Plot names each mark group with aria-label ("bar", "x-axis tick"); on a <g>
 * without a role that is prohibited ARIA (axe: aria-prohibited-attr), and the
 * outer role="img" makes the inside presentational anyway. Keep the name as
 * data-mark, for styling and tests.
 */
function markGroupsAsData(root: Element): void {
  for (const el of root.querySelectorAll('[aria-label]')) {
    el.setAttribute('data-mark', el.getAttribute('aria-label')!);
    el.removeAttribute('aria-label');
  }
}

/** The whole SVG for "nothing to draw": a short note, never an exception. */
export function noDataSvg(message: string, meta: SvgMeta): string {
  const document = createChartDocument();
  return toSvgString(document, [noteBlock(document, message)], meta);
}
