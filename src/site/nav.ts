/** The site navigation: every page type, in reading order. */
export interface NavItem {
  path: string;
  label: string;
}

export const navItems: readonly NavItem[] = [
  { path: '', label: '概览' },
  { path: 'regions/', label: '地区' },
  { path: 'charts/requests/', label: '申请数量' },
  { path: 'charts/refusals/', label: '不予公开理由' },
  { path: 'charts/fees/', label: '收费' },
  { path: 'charts/reviews/', label: '复议与诉讼' },
  { path: 'data-quality/', label: '数据质量' },
  { path: 'data/', label: '数据下载' },
  { path: 'about/', label: '方法说明' },
];

/** The nav item a page belongs to (region pages belong to 地区). */
export function currentNav(pagePath: string): string | null {
  const p = pagePath.replace(/^\/+/, '');
  let best: NavItem | null = null;
  for (const item of navItems) {
    if (item.path === '' ? p === '' : p.startsWith(item.path)) {
      if (!best || item.path.length > best.path.length) best = item;
    }
  }
  return best?.path ?? null;
}

export const SITE_TITLE = '政府信息公开年报图谱';
export const SITE_TITLE_EN = 'Disclosure Atlas';

/**
 * Content-Security-Policy for every page: only the site's own resources, no
 * inline script, no plugins, no framing of forms elsewhere. Inline `<style>`
 * blocks are allowed only by hash (the chart SVGs carry a fixed one).
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  const styles = ["'self'", ...styleHashes.map((h) => `'${h}'`)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styles}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
