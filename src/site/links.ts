/** URLs that honour the configured `base` (the site may live under a sub-path). */

/** `base` + `path`, with exactly one slash between them; `path` is site-relative. */
export function href(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Site path of a page (directory style, trailing slash). */
export function pagePath(...segments: string[]): string {
  const p = segments.map((s) => s.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return p ? `${p}/` : '';
}

/** The page of one earlier report of a region (its anchor on the region page names it). */
export function reportPagePath(regionSlug: string, anchor: string): string {
  return pagePath('regions', regionSlug, anchor);
}
