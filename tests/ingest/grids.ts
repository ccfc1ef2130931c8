/** Comparing a reader's table grid with a seed's: trailing empty cells and all-empty columns do not count. */

/** A row without its trailing empty cells. */
export function trimRow(row: string[]): string[] {
  const out = [...row];
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** The grid with all-empty columns removed (the readers drop those, like spacer columns). */
export function withoutEmptyColumns(grid: string[][]): string[][] {
  const width = Math.max(...grid.map((r) => r.length));
  const keep = Array.from({ length: width }, (_, c) => grid.some((r) => (r[c] ?? '').trim() !== ''));
  return grid.map((r) => trimRow(r.map((x) => x.trim()).filter((_, c) => keep[c])));
}
