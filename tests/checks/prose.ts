/**
 * Test helper: prose blocks from a fixture text, the way a reader would give
 * them, without depending on the ingest layer. Two shapes, because readers
 * differ: `paragraph` (blank-line separated blocks, hard wraps joined, with
 * `lineBreaks`) and `line` (every source line its own block).
 */
import { sections, type SectionKey } from '../../src/model/catalogue.ts';
import type { ProseBlock } from '../../src/parse/types.ts';

/** Table rows and page furniture are not prose. */
function isProse(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (/\t|\|/.test(line)) return false;
  if (/^[-－—\s]*\d{1,3}[-－—\s]*$/.test(t)) return false;
  if (/^[\d.\s/]+$/.test(t)) return false;
  return true;
}

function sectionOfHeading(line: string): SectionKey | null {
  const m = /^[#*\s]*([一二三四五六])、/.exec(line);
  if (!m) return null;
  const s = sections.find((x) => x.number === m[1]);
  return s && line.replace(/[#*\s]/g, '').length <= s.label.length + 4 ? s.key : null;
}

export function proseBlocks(text: string, shape: 'paragraph' | 'line'): ProseBlock[] {
  const lines = text.split('\n');
  const blocks: ProseBlock[] = [];
  let section: SectionKey | null = null;
  let current: { lines: { text: string; line: number }[] } | null = null;
  const flush = () => {
    if (!current || current.lines.length === 0) return;
    let joined = '';
    const lineBreaks: number[] = [];
    current.lines.forEach((l, i) => {
      if (i > 0) lineBreaks.push(joined.length);
      joined += l.text;
    });
    const opened = sectionOfHeading(current.lines[0].text);
    if (opened) section = opened;
    blocks.push({
      text: joined.replace(/^#+\s*/, '').replace(/\*\*/g, ''),
      line: current.lines[0].line,
      lineBreaks,
      section,
      heading: /^#/.test(current.lines[0].text) || opened !== null,
    });
    current = null;
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!isProse(line)) {
      flush();
      return;
    }
    if (shape === 'line' || /^#/.test(line.trim())) flush();
    current ??= { lines: [] };
    current.lines.push({ text: line.trim(), line: i + 1 });
    if (shape === 'line' || /^#/.test(line.trim())) flush();
  });
  flush();
  return blocks;
}
