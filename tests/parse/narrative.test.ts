import { describe, expect, it } from 'vitest';
import { narrativeFigureKeys, readNarrative, readNumber } from '../../src/parse/narrative.ts';
import type { ProseBlock } from '../../src/parse/types.ts';
import { proseBlocks } from '../checks/prose.ts';
import { fixtureText } from '../checks/records.ts';

type Expect = {
  fee: { value: number | null; line: number | null };
  figures: [key: string, value: number, line: number][];
};

/** Every seed and realworld text, with the figures a careful reader takes from its prose. */
const cases: Record<string, Expect> = {
  // 化隆: "依法依规办理依申请公开申请 13 条" (the table says 23); 六 says only "无其他需要报告的事项".
  'seeds/000_5d77362307499405.txt': { fee: { value: null, line: null }, figures: [['requestsHandled', 13, 21]] },
  // 城关镇: "未收到群众的政府信息公开申请"; "未收取信息公开处理费". Its 182 complaints are not requests.
  'seeds/001_06c190fbb6a81427.txt': { fee: { value: 0, line: 130 }, figures: [['requestsReceived', 0, 19]] },
  'seeds/002_5aff47976b242122.txt': {
    fee: { value: 0, line: 404 },
    figures: [
      ['requestsReceived', 19, 7],
      ['reconsiderationTotal', 2, 7],
      ['litigationTotal', 0, 7],
    ],
  },
  'seeds/003_4a212a54c74a48a0.txt': {
    fee: { value: 0, line: 116 },
    figures: [
      ['requestsHandled', 9, 17],
      ['carriedOver', 1, 17],
      ['litigationTotal', 1, 17],
      ['reconsiderationTotal', 0, 17],
    ],
  },
  // 利通: the sentence is split by a page break after "受理答复".
  'seeds/004_a0c218d13443adaa.txt': {
    fee: { value: 0, line: 108 },
    figures: [
      ['requestsReceived', 38, 15],
      ['litigationTotal', 0, 15],
    ],
  },
  'realworld/huaian-2024.pdftotext.txt': {
    fee: { value: 3940, line: 209 },
    figures: [
      ['requestsReceived', 3119, 33],
      ['requestsHandled', 3050, 34],
      ['carriedOver', 34, 34],
      ['carriedForward', 103, 34],
      ['reconsiderationTotal', 351, 35],
      ['reconsiderationUpheld', 72, 36],
      ['reconsiderationCorrected', 64, 36],
      ['reconsiderationOther', 178, 36],
      ['reconsiderationPending', 37, 37],
      ['litigationTotal', 46, 37],
      ['litigationUpheld', 25, 37],
      ['litigationCorrected', 5, 38],
      ['litigationOther', 9, 38],
      ['litigationPending', 7, 38],
    ],
  },
  'realworld/hongze-2023.pdftotext.txt': { fee: { value: 0, line: 168 }, figures: [['requestsReceived', 21, 21]] },
  // 洪泽 2024 states 17 in prose though its table has 95.
  'realworld/hongze-2024.pdftotext.txt': { fee: { value: 0, line: 171 }, figures: [['requestsReceived', 17, 30]] },
};

describe('readNarrative on every seed and realworld text', () => {
  for (const [file, want] of Object.entries(cases)) {
    for (const shape of ['paragraph', 'line'] as const) {
      it(`${file} (${shape} blocks)`, () => {
        const text = fixtureText(file);
        const reading = readNarrative(proseBlocks(text, shape));
        expect(reading.processingFee.value).toBe(want.fee.value);
        expect(reading.processingFee.line).toBe(want.fee.line);
        expect(reading.figures.map((f) => [f.key, f.value, f.line])).toEqual(want.figures);
        // Each fragment is printed text: its characters (spacing aside) are on the stated line or the next.
        const sourceLines = text.split('\n');
        for (const f of reading.figures) {
          const near = (sourceLines[f.line! - 2] ?? '') + sourceLines[f.line! - 1] + (sourceLines[f.line!] ?? '');
          expect(near.replace(/\s/g, '')).toContain(String(f.value) === '0' ? '' : String(f.value));
          expect(text.replace(/\s/g, '')).toContain(f.text.replace(/\s/g, ''));
        }
        if (reading.processingFee.text) expect(text.replace(/\s/g, '')).toContain(reading.processingFee.text.replace(/\s/g, ''));
      });
    }
  }

  it('quotes the fragment each figure came from', () => {
    const reading = readNarrative(proseBlocks(fixtureText('realworld/huaian-2024.pdftotext.txt'), 'line'));
    const received = reading.figures.find((f) => f.key === 'requestsReceived')!;
    expect(received.text).toBe('全市共受理政府信息公开申请 3119 件');
    expect(reading.processingFee.text).toBe('全年收取政府信息公开信息处理费 3940 元');
  });

  it('emits only documented keys', () => {
    const documented = new Set(narrativeFigureKeys.map((k) => k.key));
    for (const file of Object.keys(cases)) {
      for (const f of readNarrative(proseBlocks(fixtureText(file), 'paragraph')).figures) expect(documented).toContain(f.key);
    }
  });
});

/** One prose block per sentence list entry, on consecutive lines, in section 一 unless stated. */
function blocks(...texts: (string | { text: string; section: ProseBlock['section'] })[]): ProseBlock[] {
  return texts.map((t, i) => {
    const b = typeof t === 'string' ? { text: t, section: 'overview' as const } : t;
    return { text: b.text, line: i + 1, lineBreaks: [], section: b.section, heading: false };
  });
}

function figuresOf(...texts: string[]) {
  return readNarrative(blocks(...texts)).figures.map((f) => [f.key, f.value]);
}

function feeOf(...texts: string[]) {
  return readNarrative(blocks(...texts)).processingFee.value;
}

describe('processing fee wording', () => {
  it.each([
    ['全年收取政府信息公开信息处理费 3940 元。', 3940],
    ['本年度收取信息处理费0元。', 0],
    ['本机关未收取信息处理费。', 0],
    ['本年度没有产生信息公开处理费。', 0],
    ['依申请公开工作中未产生信息处理费。', 0],
    ['本机关依法不收取信息处理费。', 0],
    ['本年度依申请公开收费 0 元。', 0],
    ['全年收取信息处理费１２０元。', 120],
    ['全年收取信息处理费 1,250 元。', 1250],
    ['无其他需要报告的事项。', null],
  ])('%s → %s', (sentence, value) => {
    expect(feeOf(sentence)).toBe(value);
  });

  it('converts a 万元 amount to 元 and says so', () => {
    const { processingFee } = readNarrative(blocks('全年收取信息处理费0.12万元。'));
    expect(processingFee.value).toBe(1200);
    expect(processingFee.text).toContain('万元');
    expect(processingFee.text).toContain('折算为元');
  });

  it('does not read the 管理办法 title or its document number as a fee', () => {
    expect(feeOf('严格落实《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）要求。')).toBeNull();
    expect(feeOf('按照《政府信息公开信息处理费管理办法》规定，超出一定数量的按标准收取信息处理费。')).toBeNull();
  });

  it('does not take the 行政事业性收费 amount for the processing fee', () => {
    expect(feeOf('本年行政事业性收费 720.34 万元。')).toBeNull();
  });

  it('prefers the statement in section 六', () => {
    const reading = readNarrative(
      blocks('全年收取信息处理费 50 元。', { text: '本年度收取信息处理费 80 元。', section: 'other' }),
    );
    expect(reading.processingFee).toMatchObject({ value: 80, line: 2 });
  });
});

describe('request, reconsideration and litigation wording', () => {
  it('reads counts stated in words and full-width digits', () => {
    expect(figuresOf('本年共收到政府信息公开申请十九件，均按期答复。')).toEqual([['requestsReceived', 19]]);
    expect(figuresOf('涉及政府信息公开的行政复议两件。')).toEqual([['reconsiderationTotal', 2]]);
    expect(figuresOf('本年受理政府信息公开申请２５件。')).toEqual([['requestsReceived', 25]]);
  });

  it('reads "未发生…行政复议、行政诉讼" as zero for both', () => {
    expect(figuresOf('全年未发生涉及政府信息公开的行政复议、行政诉讼案件。')).toEqual([
      ['reconsiderationTotal', 0],
      ['litigationTotal', 0],
    ]);
  });

  it('ignores counts of other things', () => {
    expect(figuresOf('2024 年承办县长信箱留言 23 件，办结 23 件，办结率 100%。')).toEqual([]);
    expect(figuresOf('2024年全镇共受理投诉件182条，退回部门处理40条。')).toEqual([]);
    expect(figuresOf('主动公开行政规范性文件12件。')).toEqual([]);
    expect(figuresOf('未发生因政务公开工作受到责任追究的案件。')).toEqual([]);
    expect(figuresOf('切实降低行政复议、行政诉讼纠错率。')).toEqual([]);
  });

  it('does not read a subset (被纠错) as the total', () => {
    expect(figuresOf('涉及政府信息公开的行政复议被纠错1件。')).toEqual([]);
    expect(figuresOf('全年未发生政府信息公开行政复议纠错案件。')).toEqual([]);
  });

  it('does not read 不予处理 as handled', () => {
    expect(figuresOf('对政府信息公开申请中的信访举报类不予处理3件。')).toEqual([]);
  });

  it('does not run two numbers separated by a space into one (10 1 is not 101)', () => {
    expect(figuresOf('受理政府信息公开申请 10 1 件。')).toEqual([]);
  });
});

describe('readNumber', () => {
  it.each([
    ['3119', 3119],
    ['3,119', 3119],
    ['12.5', 12.5],
    ['十', 10],
    ['十九', 19],
    ['二十三', 23],
    ['两', 2],
    ['零', 0],
  ])('%s → %s', (printed, value) => expect(readNumber(printed)).toBe(value));

  it('rejects what is not a number', () => {
    expect(readNumber('一一')).toBeNull();
    expect(readNumber('')).toBeNull();
  });
});
