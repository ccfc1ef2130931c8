import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.ts';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', '002_5aff47976b242122.txt'), 'utf8');

describe('decodeBytes', () => {
  const cases: [string, Buffer][] = [
    ['utf-8', Buffer.from(seed, 'utf8')],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')])],
    ['gb18030', iconv.encode(seed.replace(/\ufffd/g, ''), 'gb18030')],
    ['gb18030', iconv.encode(seed.replace(/\ufffd/g, ''), 'gbk')],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])],
    ['utf-16be', iconv.encode(seed, 'utf-16be', { addBOM: true })],
    ['utf-16le', Buffer.from(seed, 'utf16le')],
  ];
  for (const [encoding, bytes] of cases) {
    it(`reads ${encoding} (${bytes.length} bytes)`, () => {
      const d = decodeBytes(bytes);
      expect(d.ok).toBe(true);
      if (!d.ok) return;
      expect(d.encoding).toBe(encoding);
      expect(d.text.replace(/\ufffd/g, '')).toBe(seed.replace(/\ufffd/g, ''));
    });
  }
  it('refuses an empty file', () => {
    const d = decodeBytes(new Uint8Array());
    expect(d.ok).toBe(false);
  });
  it('refuses binary bytes instead of returning mojibake', () => {
    const bytes = new Uint8Array(4096);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = x = (x * 1103515245 + 12345) & 0xff;
    const d = decodeBytes(bytes);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error).toMatch(/编码|二进制|NUL/);
  });
});
