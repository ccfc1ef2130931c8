/**
 * The bulk CSV: one row per report, a column per catalogue leaf field,
 * headers in Chinese with the record key. UTF-8 with a BOM and CRLF line
 * ends so Excel opens it as Chinese text.
 */
import { leafFields, unitLabels, type Unit } from '../model/catalogue.ts';
import { valueAt } from '../model/record.ts';
import { severityCounts } from './checks.ts';
import type { SiteReport } from './types.ts';

export interface DataColumn {
  key: string;
  label: string;
  unit: Unit | null;
  description: string;
  value: (report: SiteReport) => string | number | null;
}

/** Columns describing the report itself, before the form's figures. */
const metaColumns: DataColumn[] = [
  { key: 'file', label: '源文件', unit: null, description: '报告文件在报告目录中的路径。', value: (r) => r.source.path },
  { key: 'issuer', label: '发布机关', unit: null, description: '报告标题或落款中的发布机关，按原文。', value: (r) => r.record.issuer },
  { key: 'year', label: '报告年度', unit: null, description: '报告的统计年度（不是发布日期）。', value: (r) => r.record.year },
  { key: 'publishedOn', label: '发布日期', unit: null, description: '落款日期（YYYY-MM-DD），未印则为空。', value: (r) => r.record.publishedOn },
  { key: 'region.code', label: '行政区划代码', unit: null, description: '发布机关所属行政区划的代码（GB/T 2260），未识别则为空。', value: (r) => r.record.region?.code ?? null },
  { key: 'region.name', label: '行政区划', unit: null, description: '所属行政区划的名称，未识别则为空。', value: (r) => r.record.region?.name ?? null },
  { key: 'region.path', label: '上级区划', unit: null, description: '从省级到本级的区划名称，以“/”分隔。', value: (r) => r.record.region?.path.join('/') ?? null },
  { key: 'region.bodyType', label: '机关类型', unit: null, description: 'government 人民政府、office 办公室、department 部门、township 乡镇街道、zone 功能区。', value: (r) => r.record.region?.bodyType ?? null },
  { key: 'source.format', label: '文件格式', unit: null, description: 'txt、md、html、pdf 或 docx。', value: (r) => r.source.format },
  { key: 'source.sha256', label: '文件 SHA-256', unit: null, description: '源文件内容的 SHA-256 摘要，可用来核对下载的原文件。', value: (r) => r.source.sha256 },
  { key: 'checks.error', label: '错误数', unit: null, description: '错误级检查的条数（如勾稽关系不平）。', value: (r) => severityCounts(r.record).error },
  { key: 'checks.warning', label: '警告数', unit: null, description: '警告级检查的条数。', value: (r) => severityCounts(r.record).warning },
];

/** Every CSV column: the report's metadata, then each catalogue leaf in form order. */
export function dataColumns(): DataColumn[] {
  const figures = leafFields().map(
    (f): DataColumn => ({
      key: f.path,
      label: f.label,
      unit: f.unit,
      description: `${f.description}单位：${unitLabels[f.unit]}。空白表示报告未印数字（空格、“/”或缺行）。`,
      value: (r) => valueAt(r.record, f.path),
    }),
  );
  return [...metaColumns, ...figures];
}

export function columnHeader(c: DataColumn): string {
  return `${c.label} (${c.key})`;
}

/**
 * One CSV field. Quotes when needed; text that a spreadsheet would run as a
 * formula (leading = + - @ or a control character) gets a leading apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_BOM = '\uFEFF';

export function toCsv(reports: readonly SiteReport[]): string {
  const columns = dataColumns();
  const lines = [columns.map((c) => csvField(columnHeader(c))).join(',')];
  for (const r of reports) lines.push(columns.map((c) => csvField(c.value(r))).join(','));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
