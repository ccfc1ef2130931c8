/** The methodology page, generated from the field catalogue and the check rules. */
import {
  applicantColumns,
  article20Headings,
  documentColumns,
  documentRows,
  formVersions,
  leafFields,
  proactive2019ColumnSets,
  proactiveRows2019,
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
import { allRules } from '../checks/index.ts';
import { reportExtensions } from '../loader/files.ts';
import type { Severity } from '../model/record.ts';
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
        {
          title: `${formVersions['2019'].label}（${formVersions['2019'].document}，${formVersions['2019'].years}）的行`,
          fields: proactiveRows2019.map((r) => methodField(r, 'proactive2019.')),
        },
        {
          title: `${formVersions['2019'].label}的列`,
          fields: [...new Map(Object.values(proactive2019ColumnSets).flat().map((c) => [c.key, c])).values()].map((c) => methodField(c)),
        },
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

/** A rule as the about page lists it: every code a record's checks can hold, with the step that reports it. */
export interface MethodRule {
  code: string;
  severity: Severity;
  title: string;
  description: string;
  stage: string;
}

const stageLabels: Record<(typeof allRules)[number]['stage'], string> = {
  parse: '读取',
  check: '检查',
  region: '区划',
  corpus: '汇总',
};

/** Every rule, reading steps first (the order a report goes through them). */
export function methodRules(rules: typeof allRules = allRules): MethodRule[] {
  const order = ['parse', 'check', 'region', 'corpus'];
  return [...rules]
    .sort((a, b) => order.indexOf(a.stage) - order.indexOf(b.stage))
    .map((r) => ({ code: r.code, severity: r.severity, title: r.title, description: r.description, stage: stageLabels[r.stage] }));
}

/** The file types the loader reads, for the "where reports come from" section. */
export function acceptedFormats(): { extension: string; label: string }[] {
  return Object.entries(reportExtensions).map(([extension, format]) => ({ extension, label: formatLabels[format] }));
}

export const leafFieldCount = (): number => leafFields().length;
