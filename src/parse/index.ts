/**
 * The whole pipeline for one file: bytes → text → mdast → grids → fields →
 * record → checks. Never throws: a file that is not a readable report becomes
 * an error record saying why.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { ReadError, readSource, formatOf } from '../ingest/index.ts';
import { report, toChecks } from '../model/messages.ts';
import type { AnyRecord, ErrorRecord, ReportRecord } from '../model/record.ts';
import { runChecks } from '../checks/index.ts';
import { reportRegion, resolveRegionDetailed } from '../regions/index.ts';
import { assembleRecord } from './assemble.ts';
import { documentBefore, findSecondReport, toDocument } from './grid.ts';
import { matchTables } from './match.ts';
import { looksLikeTitle, markupLines, readMetadata } from './metadata.ts';
import { readNarrative } from './narrative.ts';

/**
 * Bumped whenever parsing changes what a record holds; part of the content
 * layer's digest so a parser change re-parses every report.
 */
export const PARSER_VERSION = '2026.11.22-7';

/** Files larger than this are refused with a message rather than read. */
export const MAX_BYTES = 20 * 1024 * 1024;

export interface ParseInput {
  file: string;
  bytes: Uint8Array;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function errorRecord(file: string, error: string, source: ErrorRecord['source'], extra: Partial<ErrorRecord> = {}): ErrorRecord {
  return { file, ok: false, error, checks: [], source, ...extra };
}

/** The record for a file over the size cap; needs only its size and hash, so the bytes need not be read. */
export function oversizeRecord(file: string, size: number, sha256: string): ErrorRecord {
  const source = { format: formatOf(file) ?? 'txt', sha256, encoding: null, bytes: size };
  return errorRecord(file, `${file}: 文件大小 ${(size / 1048576).toFixed(1)} MB，超过 ${MAX_BYTES / 1048576} MB 上限，未读取（年度报告的文本、网页或 PDF 一般不超过几 MB）。`, source);
}

export async function parseReport({ file, bytes }: ParseInput): Promise<AnyRecord> {
  const format = formatOf(file) ?? 'txt';
  const digest = sha256(bytes);
  const source = { format, sha256: digest, encoding: null as string | null, bytes: bytes.byteLength };
  if (bytes.byteLength > MAX_BYTES) return oversizeRecord(file, bytes.byteLength, digest);
  try {
    const read = await readSource(file, bytes);
    source.format = read.format;
    source.encoding = read.encoding;
    const vfile = new VFile({ path: file, value: read.text });
    if (read.replaced) {
      report(
        vfile,
        'warning',
        'invalid-bytes',
        `文件有 ${read.replaced.count} 处无法按 UTF-8 解码的字节（第 ${read.replaced.lines.join('、')} 行），显示为“\ufffd”；其余内容照常读取，请核对这些行`,
        { line: read.replaced.lines[0] ?? null, fields: [] },
      );
    }
    if (read.format === 'txt' || read.format === 'md') {
      // A text report has no business holding web code: say so (the atlas shows it as text).
      for (const m of markupLines(read.text)) {
        report(vfile, 'warning', 'markup-in-text', `第 ${m.line} 行含有网页代码“${m.markup}”：文本报告里不应有网页代码，atlas 只把它当作文字显示或去掉`, { line: m.line, fields: [] });
      }
    }
    const whole = toDocument(read.tree);
    // Two reports in one file: read the first, say where the second starts, never mix them.
    const second = findSecondReport(whole, looksLikeTitle);
    const doc = second ? documentBefore(whole, second.line) : whole;
    if (second) {
      report(
        vfile,
        'error',
        'two-reports',
        `文件里有两份报告：第 ${second.line} 行起${second.title ? `是另一份“${second.title}”` : '又从第一、二部分开始'}。只读取了第一份（第 ${second.line} 行之前）的数字，第二份未计入；请把每份报告存为单独的文件`,
        { line: second.line, fields: [] },
      );
    }
    const tables = matchTables(doc, vfile);
    const metadata = readMetadata(doc.prose);
    if (tables.sectionsFound.size === 0) {
      return errorRecord(
        file,
        `${file}: 没有找到年度报告的表格（应有第二部分主动公开、第三部分依申请公开、第四部分复议诉讼的表格）。${
          metadata.issuer ? `标题读到“${metadata.issuer}”。` : '也没有找到“××年政府信息公开工作年度报告”标题。'
        }`,
        source,
        { issuer: metadata.issuer, year: metadata.year },
      );
    }
    const narrative = readNarrative(doc.prose);
    const record: ReportRecord = assembleRecord({
      file,
      tables,
      metadata,
      narrative: narrative.figures,
      processingFee: narrative.processingFee,
      source,
    });
    runChecks(record, vfile);
    const resolution = resolveRegionDetailed({ issuer: record.issuer, text: read.text });
    record.region = resolution.region;
    reportRegion(resolution, vfile, metadata.issuerLine);
    record.checks = toChecks(vfile.messages);
    return record;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // Readers throw plain Errors with a reason for the user; a TypeError, RangeError
    // (stack overflow) … is a parser bug, and is named as one so it gets reported.
    if (err instanceof RangeError && /call stack/i.test(reason)) {
      // Tens of thousands of nested tags or quote levels: no report is built like that.
      return errorRecord(file, `${file}: 无法读取：文件的结构嵌套过深（网页标签或 Markdown 引用一层套一层，超出可处理的层数），不是正常的年度报告。`, source);
    }
    if (err instanceof Error && err.name !== 'Error' && !(err instanceof ReadError)) {
      return errorRecord(file, `${file}: 解析器内部错误（${err.name}: ${reason}），文件未能读取；请把这个文件报告给 atlas 维护者`, source);
    }
    return errorRecord(file, `${file}: 无法读取：${reason}`, source);
  }
}
