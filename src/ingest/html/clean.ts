/**
 * Remove from a parsed web page everything a reader never sees: scripts,
 * styles, comments, form controls, and elements hidden by `hidden`,
 * `aria-hidden`, inline `display:none`/`visibility:hidden` or by a simple
 * page-level CSS rule (`.x{display:none}`). Government sites hide decoy or
 * template blocks this way; their numbers must not reach the atlas.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Elements whose content is never report text. */
const droppedTags = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'img', 'audio', 'video',
  'map', 'button', 'input', 'select', 'textarea', 'link', 'meta', 'base', 'head',
]);

/** Selectors (`.class`, `#id`) that the page's own CSS hides. */
export interface HiddenSelectors {
  classes: Set<string>;
  ids: Set<string>;
}

const hidingDeclaration = /(?:^|;|\s)(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Collect `.class`/`#id` selectors that page-level `<style>` rules hide, ignoring `@media` (print-only rules must not hide the article). */
export function hiddenSelectorsFromCss(css: string): HiddenSelectors {
  const out: HiddenSelectors = { classes: new Set(), ids: new Set() };
  const withoutMedia = stripAtBlocks(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  for (const rule of withoutMedia.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!hidingDeclaration.test(rule[2])) continue;
    for (const selector of rule[1].split(',')) {
      const simple = /^\s*(?:[a-z0-9]+)?([.#])([\w-]+)\s*$/i.exec(selector);
      if (!simple) continue;
      (simple[1] === '.' ? out.classes : out.ids).add(simple[2]);
    }
  }
  return out;
}

/** Remove `@media …{…}` and other nested at-rule blocks by brace matching. */
function stripAtBlocks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) {
      out += css.slice(i);
      break;
    }
    out += css.slice(i, at);
    const open = css.indexOf('{', at);
    const semi = css.indexOf(';', at);
    if (open < 0 || (semi >= 0 && semi < open)) {
      // `@import …;` and the like: drop the statement.
      i = semi < 0 ? css.length : semi + 1;
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/** Text of every `<style>` element in the page. */
export function pageCss(root: Root): string {
  const parts: string[] = [];
  const walk = (node: Root | ElementContent | RootContent) => {
    if (node.type === 'element' && node.tagName === 'style') {
      for (const child of node.children) if (child.type === 'text') parts.push(child.value);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return parts.join('\n');
}

function classList(el: Element): string[] {
  const value: unknown = el.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** True when the element is not shown to a reader of the page. */
export function isHidden(el: Element, hidden: HiddenSelectors): boolean {
  const props = el.properties ?? {};
  if (props.hidden != null && props.hidden !== false) return true;
  if (String(props.ariaHidden ?? '').toLowerCase() === 'true') return true;
  if (typeof props.style === 'string' && hidingDeclaration.test(props.style)) return true;
  if (el.tagName === 'input' && String(props.type).toLowerCase() === 'hidden') return true;
  if (typeof props.id === 'string' && hidden.ids.has(props.id)) return true;
  return classList(el).some((c) => hidden.classes.has(c));
}

/** A copy of the tree without comments, doctype, dropped tags and hidden elements. */
export function visibleTree(root: Root, hidden: HiddenSelectors = hiddenSelectorsFromCss(pageCss(root))): Root {
  const keep = (node: RootContent): RootContent | null => {
    if (node.type === 'comment' || node.type === 'doctype') return null;
    if (node.type !== 'element') return node;
    if (droppedTags.has(node.tagName) || isHidden(node, hidden)) return null;
    return { ...node, children: node.children.map(keep).filter((n): n is ElementContent => n !== null) as ElementContent[] };
  };
  return { ...root, children: root.children.map(keep).filter((n): n is RootContent => n !== null) };
}

export { classList };
