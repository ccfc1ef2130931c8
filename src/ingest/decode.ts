/**
 * bytes → text. Reports arrive as UTF-8 (with or without BOM), GB18030/GBK
 * (older Windows exports) or UTF-16. Undecodable bytes are an error, never
 * mojibake in the atlas.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** Broken UTF-8 sequences replaced by U+FFFD: how many, and on which lines (first few). */
      replaced?: { count: number; lines: number[] };
    }
  | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of NUL bytes at even/odd offsets: UTF-16 text without a BOM has many on one side. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // CJK text in UTF-16 has few NULs; ASCII-heavy text has many. Either way one side dominates.
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

/** True when the text looks like real text rather than binary garbage. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  return bad / text.length < 0.01;
}

/** Share of characters that are common CJK ideographs or ASCII: GB18030 misreads of binary score low. */
function plausibleChinese(text: string): boolean {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20) continue;
    total++;
    if (c < 0x7f || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d) good++;
  }
  return total === 0 || good / total > 0.9;
}

/**
 * Share of the double-byte ideographs that lie in GB2312 level 1 (lead byte
 * B0–D7), the 3,755 most common characters. Chinese text saved as GBK is almost
 * entirely level 1 (the seeds and realworld texts: over 99.9%); Big5 or
 * Shift_JIS bytes read as GBK land mostly elsewhere (measured 13% and 29%), so a
 * low share means the bytes are another encoding and the text would be mojibake.
 * Null when there are too few ideographs to judge.
 */
export function gbLevel1Share(buf: Uint8Array): number | null {
  let level1 = 0;
  let other = 0;
  for (let i = 0; i < buf.length; i++) {
    const lead = buf[i];
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = buf[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      // A GB18030 four-byte sequence: rare characters.
      other++;
      i += 3;
      continue;
    }
    i++;
    if (lead >= 0xa1 && lead <= 0xa9) continue; // punctuation, full-width forms
    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe) level1++;
    else other++;
  }
  return level1 + other < 20 ? null : level1 / (level1 + other);
}

/** The encoding chardet believes in most, for naming it in an error (Big5, Shift_JIS, …). */
function likelyEncoding(buf: Uint8Array): string | null {
  const best = chardet.analyse(buf)[0];
  return best && best.confidence >= 50 && !/^(GB18030|UTF-8|ISO-8859-1|windows-1252)$/i.test(best.name) ? best.name : null;
}

/**
 * UTF-8 with a few broken sequences (a damaged copy, a bad paste): read with
 * U+FFFD where the bytes are broken, as long as they are few — one broken byte
 * must not lose a report, but a file of other bytes must not become mojibake.
 */
export function lenientUtf8(buf: Uint8Array): { text: string; replaced: { count: number; lines: number[] } } | null {
  const text = new TextDecoder('utf-8').decode(buf);
  let literal = 0; // U+FFFD that the file itself contains (EF BF BD) is not damage
  for (let i = buf.indexOf(0xef); i >= 0 && i < buf.length - 2; i = buf.indexOf(0xef, i + 1)) {
    if (buf[i + 1] === 0xbf && buf[i + 2] === 0xbd) literal++;
  }
  const lines: number[] = [];
  let count = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0xfffd) {
      count++;
      if (lines[lines.length - 1] !== line && lines.length < 10) lines.push(line);
    }
  }
  count -= literal;
  if (count <= 0 || count > Math.max(8, buf.length / 1000)) return null;
  return { text, replaced: { count, lines } };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: '文件为空（0 字节）：不是年度报告。' };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(buf.subarray(3), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(buf.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(buf.subarray(2), 'utf-16be');

  const u16 = utf16Guess(bytes);
  if (u16) return finish(buf, u16);
  if (buf.includes(0)) {
    // NUL bytes never occur in UTF-8 or GB18030 text: UTF-16 without a BOM, or binary.
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const d = finish(buf, enc);
      if (d.ok && plausibleChinese(d.text)) return d;
    }
    return { ok: false, error: '文件含有 NUL 字节，是二进制文件而不是文本报告。' };
  }

  try {
    const text = utf8.decode(buf);
    if (looksLikeText(text)) return { ok: true, text, encoding: 'utf-8' };
    return { ok: false, error: '文件含有大量控制字符或二进制内容，不是文本格式的报告。' };
  } catch {
    // not UTF-8: a few broken bytes in UTF-8 text, or the Chinese national encoding
  }
  const damaged = lenientUtf8(buf);
  if (damaged && looksLikeText(damaged.text.replace(/\ufffd/g, ''))) {
    return { ok: true, text: damaged.text, encoding: 'utf-8', replaced: damaged.replaced };
  }
  const gb = iconv.decode(buf, 'gb18030');
  const level1 = gbLevel1Share(buf);
  if (looksLikeText(gb) && plausibleChinese(gb) && (level1 === null || level1 >= 0.8)) {
    return { ok: true, text: gb, encoding: 'gb18030' };
  }
  const named = likelyEncoding(buf);
  return {
    ok: false,
    error: `无法识别文件编码：既不是 UTF-8/UTF-16，也不是可读的 GB18030/GBK 文本${
      named ? `（看起来是 ${named} 编码，请另存为 UTF-8 或 GBK）` : ''
    }${level1 !== null && level1 < 0.8 ? `；按 GBK 读出的汉字只有 ${Math.round(level1 * 100)}% 是常用字，会是乱码` : ''}。`,
  };
}

function finish(buf: Buffer, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): Decoded {
  let text: string;
  if (encoding === 'utf-16be') {
    const swapped = Buffer.from(buf.subarray(0, buf.length & ~1));
    swapped.swap16();
    text = swapped.toString('utf16le');
  } else if (encoding === 'utf-16le') {
    text = buf.subarray(0, buf.length & ~1).toString('utf16le');
  } else {
    try {
      text = utf8.decode(buf);
    } catch {
      const damaged = lenientUtf8(buf);
      if (!damaged) return { ok: false, error: '文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8（无法解码的字节太多）。' };
      if (!looksLikeText(damaged.text.replace(/\ufffd/g, ''))) return { ok: false, error: '按 utf-8 解码后含有大量无效字符，不是文本格式的报告。' };
      return { ok: true, text: damaged.text, encoding, replaced: damaged.replaced };
    }
  }
  if (!looksLikeText(text)) return { ok: false, error: `按 ${encoding} 解码后含有大量无效字符，不是文本格式的报告。` };
  return { ok: true, text, encoding };
}
