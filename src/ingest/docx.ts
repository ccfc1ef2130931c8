/**
 * Word document → HTML with mammoth, then the HTML reader does the rest.
 *
 * mammoth writes the whole document on one line; block end tags get a line
 * break here so that positions (and so `line` in checks) point at one
 * paragraph or table row each. Images are dropped: they carry no figures
 * the atlas can read and would bloat the text with data URIs.
 */
import mammoth from 'mammoth';

/** Put every block-level end tag on its own line, so each paragraph or table row has its own line number. */
export function lineBreakBlocks(html: string): string {
  return html.replace(/(<\/(?:p|h[1-6]|li|tr|table|thead|tbody|ul|ol|caption)>)(?!\n)/g, '$1\n').replace(/(<(?:table|tr)\b[^>]*>)(?!\n)/g, '$1\n');
}

/** Word's zip signature (`PK\x03\x04`): anything else is not a .docx. */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Read a .docx file into HTML; throws a clear Error for files that are not Word documents. */
export async function readDocx(bytes: Uint8Array): Promise<{ html: string; warnings: string[] }> {
  if (!isZip(bytes)) throw new Error('不是 DOCX 文件：没有 zip 签名（旧的 .doc 文件请先另存为 .docx）');
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        // Word's built-in Title style carries the report title; keep it a heading.
        styleMap: ["p[style-name='Title'] => h1:fresh"],
      },
    );
  } catch (error) {
    throw new Error(`DOCX 文件无法读取（unreadable DOCX: ${error instanceof Error ? error.message : String(error)}）`);
  }
  const html = `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n${lineBreakBlocks(result.value)}\n</body></html>\n`;
  return { html, warnings: result.messages.map((m) => `${m.type}: ${m.message}`) };
}
