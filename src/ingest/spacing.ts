/**
 * Whitespace clean-up shared by the HTML and PDF readers.
 *
 * Saved web pages and PDFs put spaces where the printed report has none:
 * HTML source line breaks inside a sentence, `&nbsp;` padding, justified PDF
 * text drawn as "商 业 企 业". Between two Chinese characters such a space is
 * never meaningful, so it is removed; elsewhere runs collapse to one space so
 * that numbers printed side by side ("21 0") stay apart.
 */

/** Characters that are Chinese text or Chinese punctuation (spaces between two of them are layout, not content). */
const CJK = '\\u2e80-\\u2fff\\u3001-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff01-\\uff5e\\u2018\\u2019\\u201c\\u201d\\u2026\\u2014\\u00b7';
const cjkGap = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'gu');

/** Zero-width and byte-order marks that editors leave behind. */
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Every kind of horizontal or vertical whitespace, including NBSP and the ideographic space. */
const anySpace = /[\s\u00a0\u3000\u2000-\u200a\u202f\u205f]+/gu;

/** Collapse whitespace, drop invisible marks, and remove spaces between two Chinese characters. */
export function tidySpacing(text: string): string {
  return text.replace(invisible, '').replace(anySpace, ' ').replace(cjkGap, '$1').trim();
}

/** True when the text is only whitespace (including NBSP and full-width spaces). */
export function isBlank(text: string): boolean {
  return tidySpacing(text) === '';
}
