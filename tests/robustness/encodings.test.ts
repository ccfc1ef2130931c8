/**
 * Every seed re-encoded the ways Chinese offices save text (GBK, GB18030,
 * UTF-8 with BOM, UTF-16 LE/BE with and without BOM) parses to the seed's
 * hand-read record; bytes that decode to nothing sensible give an error
 * record, never mojibake.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index.ts';
import { figuresOf, seeds } from './seeds.ts';

const encodings: { name: string; encode: (text: string) => Buffer; decodedAs: string }[] = [
  { name: 'GBK', encode: (t) => iconv.encode(t, 'gbk'), decodedAs: 'gb18030' },
  { name: 'GB18030', encode: (t) => iconv.encode(t, 'gb18030'), decodedAs: 'gb18030' },
  { name: 'UTF-8 with BOM', encode: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]), decodedAs: 'utf-8' },
  { name: 'UTF-16LE with BOM', encode: (t) => iconv.encode(t, 'utf-16le', { addBOM: true }), decodedAs: 'utf-16le' },
  { name: 'UTF-16LE without BOM', encode: (t) => iconv.encode(t, 'utf-16le'), decodedAs: 'utf-16le' },
  { name: 'UTF-16BE with BOM', encode: (t) => iconv.encode(t, 'utf-16be', { addBOM: true }), decodedAs: 'utf-16be' },
  { name: 'UTF-16BE without BOM', encode: (t) => iconv.encode(t, 'utf-16be'), decodedAs: 'utf-16be' },
];

describe('each seed parses to its golden record in every encoding', () => {
  it('covers the five seeds', () => expect(seeds).toHaveLength(5));
  for (const seed of seeds) {
    for (const enc of encodings) {
      it(`${seed.name} as ${enc.name}`, async () => {
        const bytes = enc.encode(seed.text);
        // The copy must really differ from the UTF-8 original (else the test proves nothing).
        expect(Buffer.compare(bytes, Buffer.from(seed.text, 'utf8'))).not.toBe(0);
        const record = await parseReport({ file: seed.name, bytes });
        expect(record.ok, record.ok ? '' : record.error).toBe(true);
        expect(record.source?.encoding).toBe(enc.decodedAs);
        expect(figuresOf(record)).toEqual(figuresOf(seed.expected));
      });
    }
  }
});

describe('undecodable bytes give an error record with a reason, not mojibake', () => {
  const seed = seeds[0];
  const cases: { name: string; bytes: () => Buffer; reason: RegExp }[] = [
    {
      // A UTF-8 BOM promises UTF-8; a GBK body breaks the promise.
      name: 'UTF-8 BOM followed by GBK bytes',
      bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(seed.text, 'gbk')]),
      reason: /UTF-8/,
    },
    {
      // Latin-1 / Windows-1252 high bytes are neither UTF-8 nor plausible GB18030 Chinese.
      name: 'Windows-1252 text',
      bytes: () => iconv.encode('Résumé — café naïve à la crème brûlée. '.repeat(40), 'win1252'),
      reason: /编码/,
    },
    {
      // Shift_JIS Japanese decodes as GB18030 into nonsense; it must be refused, not shown.
      name: 'Shift_JIS Japanese',
      bytes: () => iconv.encode('情報公開の年次報告書です。ｱｲｳｴｵ、ﾊﾝｶｸｶﾀｶﾅ。'.repeat(50), 'shift_jis'),
      reason: /Shift_JIS/,
    },
    {
      // Traditional-Chinese Big5 bytes are valid GBK pairs but read as nonsense characters.
      name: 'a seed saved as Big5',
      bytes: () => iconv.encode(seed.text, 'big5'),
      reason: /Big5/,
    },
    {
      name: 'random bytes',
      bytes: () => {
        const b = Buffer.alloc(8192);
        let x = 12345;
        for (let i = 0; i < b.length; i++) b[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
        return b;
      },
      reason: /编码|二进制|NUL|控制字符/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const record = await parseReport({ file: 'odd.txt', bytes: c.bytes() });
      expect(record.ok).toBe(false);
      if (record.ok) return;
      expect(record.error).toMatch(/^odd\.txt: /);
      expect(record.error).toMatch(c.reason);
    });
  }
});

describe('UTF-8 with a few broken bytes (a damaged copy)', () => {
  for (const bom of [false, true]) {
    it(`is read with the broken bytes shown as U+FFFD and a warning naming the lines${bom ? ' (with BOM)' : ''}`, async () => {
      const seed = seeds[2];
      const lines = seed.text.split('\n');
      // Two stray bytes in the prose on line 3, one lone continuation byte on line 5.
      const damaged = lines.map((l, i) => {
        const b = Buffer.from(l, 'utf8');
        if (i === 2) return Buffer.concat([b.subarray(0, 6), Buffer.from([0xff, 0xfe]), b.subarray(6)]);
        if (i === 4) return Buffer.concat([Buffer.from([0x80]), b]);
        return b;
      });
      const joined = Buffer.concat(damaged.flatMap((b, i) => (i === 0 ? [b] : [Buffer.from('\n'), b])));
      const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), joined]) : joined;
      const record = await parseReport({ file: 'damaged.txt', bytes });
      expect(record.ok, record.ok ? '' : record.error).toBe(true);
      if (!record.ok) return;
      expect(record.source?.encoding).toBe('utf-8');
      expect(figuresOf(record)).toEqual(figuresOf(seed.expected));
      const warning = record.checks.find((c) => c.code === 'invalid-bytes');
      expect(warning).toMatchObject({ severity: 'warning', line: 3 });
      expect(warning?.message).toMatch(/3 处.*第 3、5 行/);
    });
  }

  it('a file with many broken bytes is still refused, not shown as mojibake', async () => {
    const bytes = Buffer.from(seeds[0].text, 'utf8');
    for (let i = 100; i < bytes.length; i += 97) bytes[i] = 0xff;
    const record = await parseReport({ file: 'broken.txt', bytes });
    expect(record.ok).toBe(false);
  });
});
