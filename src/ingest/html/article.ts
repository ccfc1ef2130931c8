/**
 * Find the report article inside a saved government web page.
 *
 * Pages wrap the report in site chrome: navigation, breadcrumbs, share
 * buttons, related links, footers. The article is the element that holds
 * most of the page's non-link text and all of its data tables; TRS/UEditor
 * sites also mark it with well-known containers (`.TRS_Editor`, `#zoom`, …).
 */
import type { Element, ElementContent, Root } from 'hast';
import { classList } from './clean.ts';

/** Text counts of an element's subtree (characters, whitespace excluded). */
interface Weight {
  /** Characters not inside links. */
  text: number;
  /** Characters inside table cells (not inside links). */
  tableText: number;
}

/** Class names and ids that TRS, UEditor and common CMS templates give the article body. */
const articleClasses = [
  'TRS_Editor', 'TRS_UEDITOR', 'trs_editor_view', 'Custom_UnionStyle', 'article', 'article-content', 'article_con',
  'content', 'pages_content', 'view', 'detail', 'zw', 'news_content', 'wz_content', 'xxgk_content', 'main-text',
];
const articleIds = ['zoom', 'UCAP-CONTENT', 'content', 'artibody', 'mainText', 'fontzoom', 'vsb_content', 'xxgkContent', 'article'];

const countable = /[^\s\u00a0\u3000]/gu;

function charCount(text: string): number {
  return text.match(countable)?.length ?? 0;
}

/** Weights of every element, computed once bottom-up. */
function weigh(root: Root): Map<Element, Weight> {
  const weights = new Map<Element, Weight>();
  const visit = (node: ElementContent, inLink: boolean, inTable: boolean): Weight => {
    if (node.type === 'text') {
      const n = inLink ? 0 : charCount(node.value);
      return { text: n, tableText: inTable ? n : 0 };
    }
    if (node.type !== 'element') return { text: 0, tableText: 0 };
    const link = inLink || node.tagName === 'a';
    const table = inTable || node.tagName === 'td' || node.tagName === 'th';
    const w: Weight = { text: 0, tableText: 0 };
    for (const child of node.children) {
      const c = visit(child, link, table);
      w.text += c.text;
      w.tableText += c.tableText;
    }
    weights.set(node, w);
    return w;
  };
  for (const child of root.children) if (child.type === 'element') visit(child, false, false);
  return weights;
}

function childElements(el: Element | Root): Element[] {
  return (el.children as (Element | { type: string })[]).filter((c): c is Element => c.type === 'element');
}

function isKnownContainer(el: Element): boolean {
  const id = typeof el.properties?.id === 'string' ? el.properties.id : '';
  return articleIds.includes(id) || classList(el).some((c) => articleClasses.includes(c));
}

/** Elements that structure tables or inline text: the article is never one of these. */
const notContainers = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'p', 'span', 'font', 'a', 'b', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Descend from `start` into the child that holds most of the text (≥ 70%)
 * and nearly all of the table text (≥ 90%), until no child does.
 */
function densest(start: Element, weights: Map<Element, Weight>): Element {
  let current = start;
  for (;;) {
    const w = weights.get(current)!;
    const next = childElements(current).find((child) => {
      if (notContainers.has(child.tagName)) return false;
      const c = weights.get(child)!;
      return c.text >= 0.7 * w.text && c.tableText >= 0.9 * w.tableText;
    });
    if (!next) return current;
    current = next;
  }
}

function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of childElements(e)) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function findBody(root: Root): Element | null {
  const stack: (Element | Root)[] = [root];
  while (stack.length) {
    const node = stack.shift()!;
    for (const c of childElements(node)) {
      if (c.tagName === 'body') return c;
      stack.push(c);
    }
  }
  return null;
}

/**
 * The element holding the report. Known article containers that hold all of
 * the page's table text and a good share of its text are trusted first (the
 * innermost one that still has nearly all of their text, which leaves out
 * in-article chrome such as share bars); from there, or from `<body>` when
 * the site uses no known container, descend while one child holds most of
 * the text and nearly all of the tables.
 */
export function findArticle(root: Root): Element | null {
  const body = findBody(root) ?? childElements(root)[0] ?? null;
  if (!body) return null;
  const weights = weigh(root);
  const page = weights.get(body)!;
  const known = descendants(body)
    .filter(isKnownContainer)
    .filter((k) => {
      const w = weights.get(k)!;
      return w.tableText >= 0.95 * page.tableText && w.text >= 0.3 * page.text;
    });
  const most = Math.max(0, ...known.map((k) => weights.get(k)!.text));
  // Pre-order: the last qualifying element is the innermost.
  const start = known.filter((k) => weights.get(k)!.text >= 0.85 * most).at(-1) ?? body;
  return densest(start, weights);
}

/** Does this text read like the title of an annual report? */
export function looksLikeReportTitle(text: string): boolean {
  return /年度?报告|年报/.test(text) && text.length <= 80;
}

/**
 * The report title when the article container does not include it: the
 * nearest element before the article that is a heading or is styled as a
 * title and reads like a report title; failing that, the page `<title>`.
 */
export function findTitleOutside(root: Root, article: Element): Element | { text: string; element: Element } | null {
  const order: Element[] = [];
  let articleIndex = -1;
  const walk = (node: Element | Root) => {
    for (const c of childElements(node)) {
      if (c === article) articleIndex = order.length;
      order.push(c);
      if (c !== article) walk(c);
    }
  };
  walk(root);
  const titleLike = (el: Element) => {
    if (/^h[1-6]$/.test(el.tagName)) return true;
    const names = [...classList(el), typeof el.properties?.id === 'string' ? el.properties.id : ''].join(' ');
    return /title|tit\b|bt\b|biaoti/i.test(names);
  };
  for (let i = articleIndex - 1; i >= 0; i--) {
    const el = order[i];
    if (el.tagName === 'title') continue;
    if (titleLike(el) && looksLikeReportTitle(plainText(el))) return el;
  }
  const title = order.find((el) => el.tagName === 'title');
  if (title) {
    // "某某县2024年政府信息公开工作年度报告_某某县人民政府" → keep the part that is the report title.
    const part = plainText(title).split(/[_|｜]|\s[-–—]\s/).map((s) => s.trim()).find(looksLikeReportTitle);
    if (part) return { text: part, element: title };
  }
  return null;
}

/** Concatenated text of an element (no whitespace clean-up). */
export function plainText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(plainText).join('');
}
