/**
 * PDF → text for the plain-text reader (src/ingest/text.ts).
 *
 * pdfjs gives text runs with positions and the page's drawing operators
 * (pdf/load.ts). Ruled tables are rebuilt from their border lines
 * (pdf/lattice.ts) and written one row per line, cells joined by TAB;
 * running text is written one paragraph per line; page numbers and running
 * headers/footers are dropped (pdf/layout.ts).
 *
 * Never hangs: at most `maxPages` pages, and the whole read is abandoned
 * after `timeoutMs`.
 */
import { openPdf, pageContent } from './pdf/load.ts';
import { blocksToText, dropFurniture, pageLines, toBlocks } from './pdf/layout.ts';
import type { LayoutLine } from './pdf/types.ts';

export interface PdfLimits {
  /** Refuse documents with more pages than this (annual reports have a handful). */
  maxPages: number;
  /** Give up after this many milliseconds. */
  timeoutMs: number;
}

export const defaultPdfLimits: PdfLimits = { maxPages: 200, timeoutMs: 60_000 };

/** The PDF header `%PDF-` must sit in the first kilobyte. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** A complete PDF ends with `%%EOF` (readers tolerate a little trailing junk). */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`读取 PDF 超过 ${Math.round(ms / 1000)} 秒，已放弃（PDF reading took longer than ${Math.round(ms / 1000)} s; gave up）`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Read a PDF's text layer as report text: tables as TAB rows, paragraphs as lines. */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = defaultPdfLimits): Promise<{ text: string; pages: number }> {
  if (!hasPdfHeader(bytes)) throw new Error('不是 PDF 文件：开头没有 %PDF- 标记（not a PDF file: no %PDF- header at the start）');
  let opened: Awaited<ReturnType<typeof openPdf>> | null = null;
  let destroyed = false;
  const destroy = () => {
    if (!destroyed && opened) {
      destroyed = true;
      void opened.destroy();
    }
  };
  const work = (async () => {
    try {
      opened = await openPdf(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (/password/i.test(reason)) throw new Error('PDF 已加密，需要密码才能读取（encrypted PDF: a password is needed to read it）');
      // An interrupted download is the usual cause; say so when the end marker is missing.
      if (!hasEndMarker(bytes)) throw new Error(`PDF 文件不完整：共 ${bytes.length} 字节，结尾没有 %%EOF 标记（truncated PDF: the file is incomplete; ${reason}）`);
      throw new Error(`PDF 文件已损坏（corrupt PDF: ${reason}）`);
    }
    const { doc } = opened;
    if (doc.numPages > limits.maxPages) {
      throw new Error(`PDF 共 ${doc.numPages} 页，超过 ${limits.maxPages} 页上限（年度报告远少于此）`);
    }
    const pages: { lines: LayoutLine[]; height: number }[] = [];
    let characters = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let content;
      try {
        const page = await doc.getPage(n);
        content = await pageContent(page);
        page.cleanup();
      } catch (error) {
        throw new Error(`PDF 文件已损坏：第 ${n} 页无法读取（corrupt PDF: ${error instanceof Error ? error.message : String(error)}）`);
      }
      characters += content.boxes.reduce((s, b) => s + b.text.length, 0);
      pages.push({ lines: pageLines(content), height: content.height });
    }
    if (characters === 0) {
      throw new Error(`PDF 没有文字层（共 ${doc.numPages} 页，只有图像或图形），不支持 OCR 识别（no text layer; OCR is not supported）`);
    }
    return { text: blocksToText(toBlocks(dropFurniture(pages))), pages: doc.numPages };
  })();
  try {
    return await withTimeout(work, limits.timeoutMs, destroy);
  } finally {
    destroy();
  }
}
