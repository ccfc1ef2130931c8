/**
 * Reading a rendered synthetic report back the simple way, to check the
 * renderers independently of the parser: the numbers of the tables in
 * printed order, and the label cells of a layout.
 */
import {
  applicantColumnGroups,
  applicantColumnKeys,
  applicantColumns,
  article20Headings,
  documentColumns,
  documentRows,
  proactiveValueRows,
  requestRowGroups,
  requestRowKeys,
  requestRows,
  requestTableHeadings,
  reviewColumnKeys,
  reviewColumns,
  reviewGroupKeys,
  reviewGroups,
  reviewHeadings,
  sections,
} from '../../src/model/catalogue.ts';
import { formText } from '../../src/synth/form-text.ts';
import type { SynthRecord } from '../../src/synth/record.ts';

/** Every table value of the record as printed, in form order; null cells print no number. */
export function expectedNumbers(record: SynthRecord): string[] {
  const p = record.proactive;
  const values: (number | null)[] = [
    ...documentRows.flatMap((r) => documentColumns.map((c) => p[r.key][c.key])),
    ...proactiveValueRows.map((r) => p[r.key]),
    ...requestRowKeys.flatMap((k) => (record.requests[k] ? applicantColumnKeys.map((c) => record.requests[k]![c]) : [])),
    ...reviewGroupKeys.flatMap((g) => reviewColumnKeys.map((c) => record.review[g][c])),
  ];
  return values.filter((v) => v !== null).map(String);
}

const heading = (key: string) => {
  const s = sections.find((x) => x.key === key)!;
  return `${s.number}、${s.label}`;
};

/** Plain text of an HTML page: tags dropped, the entities the renderer writes decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&ldquo;/g, '“')
    .replace(/&rdquo;/g, '”')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text between the 二 heading and the 五 heading: the three tables. */
export function tableRegion(text: string): string {
  const start = text.indexOf(heading('proactive'));
  const end = text.indexOf(heading('problems'));
  if (start < 0 || end < 0) throw new Error('section headings 二 and 五 not found');
  return text.slice(start, end);
}

/** All numbers printed in the tables, in reading order: row numbering and page numbers removed. */
export function tableNumbers(text: string): string[] {
  const region = tableRegion(text)
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/^-\s?\d+\s?-$/gm, '')
    .replace(/(?<![\d.])\d{1,2}[.、]\s?(?=[\u4e00-\u9fff])/g, '');
  return region.match(/\d+(?:\.\d+)?/g) ?? [];
}

/** Strip numbering, spaces, quotes and enclosing brackets, the way label matching ignores them. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/<br>/g, '')
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^[（(][一二三四五六七八九十]+[）)]/, '')
    .replace(/^\d+[.、]/, '')
    .replace(/[“”"]/g, '')
    .replace(/^[（(](.*)[）)]$/, '$1');
}

/** Every label text the catalogue (and the three header texts of form-text.ts) allow. */
export function allowedLabels(): Set<string> {
  const texts: string[] = [
    ...documentColumns.flatMap((c) => [c.label, ...c.variants]),
    ...documentRows.flatMap((r) => [r.label, ...r.variants]),
    ...proactiveValueRows.map((r) => r.label),
    ...applicantColumns.map((c) => c.label),
    ...Object.values(applicantColumnGroups),
    ...requestRows.flatMap((r) => [r.label, ...r.variants]),
    ...Object.values(requestRowGroups).flatMap((g) => (g.parent ? [g.parent] : [])),
    ...Object.values(requestTableHeadings),
    ...reviewColumns.map((c) => c.label),
    ...reviewGroups.map((g) => g.label),
    ...Object.values(reviewHeadings),
    ...Object.values(article20Headings).flatMap((h) => [h, h.replace(/^第/, '')]),
    formText.contentHeader,
    formText.decisionsHeader,
    formText.feesHeader,
  ];
  return new Set(texts.map(normalizeLabel));
}

/** A label is allowed when it is a catalogue text, or half of a parent cell cut by a page break. */
export function isAllowedLabel(cell: string, allowed: Set<string>, parents: readonly string[] = []): boolean {
  const n = normalizeLabel(cell);
  if (allowed.has(n)) return true;
  return n.length > 0 && parents.some((p) => p.length > n.length && (p.startsWith(n) || p.endsWith(n)));
}

export const parentLabels = Object.values(requestRowGroups).flatMap((g) => (g.parent ? [g.parent] : []));

export function isNumberCell(cell: string): boolean {
  return /^[\d０-９.]+$/.test(cell.trim()) || cell.trim() === '/';
}
