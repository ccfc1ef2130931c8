/** How numbers, shares and units read on the pages (Chinese conventions). */
import { unitLabels, type Unit } from '../model/catalogue.ts';

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

/** A figure as printed on the pages; null reads as an em dash. */
export function formatNumber(n: number | null | undefined): string {
  return n == null || !Number.isFinite(n) ? '—' : integer.format(n);
}

/** A figure with its unit (件, 万元, 元). */
export function formatWithUnit(n: number | null | undefined, unit: Unit): string {
  return n == null ? '—' : `${formatNumber(n)} ${unitLabels[unit]}`;
}

/** part / whole as a percentage, or null when the whole is 0 or unknown. */
export function share(part: number | null, whole: number | null): number | null {
  return part == null || whole == null || whole === 0 ? null : part / whole;
}

export function formatShare(s: number | null): string {
  return s == null ? '—' : percent.format(s);
}

/** Bytes as KB/MB for download links. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const severityLabels = { error: '错误', warning: '警告', info: '提示' } as const;

export const levelLabels = { province: '省级', prefecture: '地级', county: '县级', township: '乡级' } as const;

export const bodyTypeLabels = {
  government: '人民政府',
  office: '政府办公室',
  department: '政府部门',
  township: '乡镇（街道）',
  zone: '功能区',
} as const;

export const formatLabels = { txt: '纯文本', md: 'Markdown', html: '网页', pdf: 'PDF', docx: 'Word 文档' } as const;
