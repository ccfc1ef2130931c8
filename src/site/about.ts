/** The methodology page, generated from the field catalogue and the check rules. */
import {
  applicantColumns,
  article20Headings,
  documentColumns,
  documentRows,
  leafFields,
  processingFee,
  proactiveValueRows,
  requestRowGroups,
  requestRows,
  reviewColumns,
  reviewGroups,
  sections,
  unitLabels,
  type FieldDef,
} from '../model/catalogue.ts';
import { reportExtensions } from '../loader/files.ts';
import { formatLabels } from './format.ts';

export interface MethodField {
  key: string;
  label: string;
  unit: string;
  description: string;
  variants: readonly string[];
}

export interface MethodPart {
  title: string;
  fields: MethodField[];
}

export interface MethodSection {
  key: string;
  title: string;
  parts: MethodPart[];
}

function methodField(f: FieldDef, keyPrefix = ''): MethodField {
  return { key: keyPrefix + f.key, label: f.label, unit: unitLabels[f.unit], description: f.description, variants: f.variants };
}

function title(key: string): string {
  const s = sections.find((x) => x.key === key)!;
  return `${s.number}、${s.label}`;
}

/** Every row and column of the form, by section, in printed order. */
export function methodology(): MethodSection[] {
  const requestParts = Object.entries(requestRowGroups).map(([group, g]) => ({
    title: `${g.label}：${g.description}`,
    fields: requestRows.filter((r) => r.group === group).map((r) => methodField(r, 'requests.')),
  }));
  return [
    {
      key: 'proactive',
      title: title('proactive'),
      parts: [
        { title: `${article20Headings['article20-1']}（行）`, fields: documentRows.map((r) => methodField(r, 'proactive.')) },
        { title: `${article20Headings['article20-1']}（列）`, fields: documentColumns.map((c) => methodField(c)) },
        { title: [article20Headings['article20-5'], article20Headings['article20-6'], article20Headings['article20-8']].join('、'), fields: proactiveValueRows.map((r) => methodField(r, 'proactive.')) },
      ],
    },
    {
      key: 'requests',
      title: title('requests'),
      parts: [...requestParts, { title: '申请人（列）', fields: applicantColumns.map((c) => methodField(c)) }],
    },
    {
      key: 'review',
      title: title('review'),
      parts: [
        { title: '案件类别（行）', fields: reviewGroups.map((g) => methodField(g, 'review.')) },
        { title: '结果（列）', fields: reviewColumns.map((c) => methodField(c)) },
      ],
    },
    { key: 'other', title: title('other'), parts: [{ title: processingFee.label, fields: [methodField(processingFee)] }] },
  ];
}

/** A check rule as the about page lists it; the checks module's own shape is mapped onto this. */
export interface MethodRule {
  code: string;
  severity: string | null;
  title: string;
  description: string;
}

/** Reads whatever the checks module exports per rule (`code`/`id`, `title`/`name`, `description`). */
export function methodRules(rules: readonly Record<string, unknown>[]): MethodRule[] {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return rules.map((r) => ({
    code: str(r.code) ?? str(r.id) ?? str(r.rule) ?? '',
    severity: str(r.severity),
    title: str(r.title) ?? str(r.name) ?? str(r.label) ?? '',
    description: str(r.description) ?? str(r.summary) ?? '',
  }));
}

/** The file types the loader reads, for the "where reports come from" section. */
export function acceptedFormats(): { extension: string; label: string }[] {
  return Object.entries(reportExtensions).map(([extension, format]) => ({ extension, label: formatLabels[format] }));
}

export const leafFieldCount = (): number => leafFields().length;
