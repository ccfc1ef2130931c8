/**
 * The floor for `astro build`: a bare Astro site of N pages, each holding a
 * heading and one small inline SVG, made from one dynamic route. It reuses
 * this project's node_modules through a symlink, so it builds with the same
 * Astro, Vite and Node as the atlas.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page route: N paths from getStaticPaths, one small bar chart each. */
export function barePage(pages: number): string {
  return `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) }, props: { i } }));
}
const { i } = Astro.props;
const width = 20 + (i % 100);
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>第 {i + 1} 页</title></head>
  <body>
    <h1>第 {i + 1} 页</h1>
    <svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40" role="img" aria-label={\`条形 \${width}\`}>
      <rect x="0" y="10" width={width} height="20" fill="steelblue" /><text x={width + 4} y="25" font-size="12">{width}</text>
    </svg>
  </body>
</html>
`;
}

/** Writes the bare site into `dir` (emptied first). */
export function writeBareSite(dir: string, pages: number, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'atlas-bench-bare', private: true, type: 'module' }, null, 2)}\n`);
  // Same output options as the atlas, so both write the same kind of files.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });\n`,
  );
  writeFileSync(join(dir, 'src', 'pages', '[n].astro'), barePage(pages));
}
