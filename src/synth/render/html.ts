/**
 * Layout (d): the report as a government portal page — site chrome around
 * the article, prose in <p> with inline styles, tables with the form's real
 * rowspan/colspan structure. Quirks from Word-to-HTML pages: `&nbsp;` in
 * empty cells, cell text wrapped in <p><span>, &ldquo;&rdquo; entities,
 * upper-case tags, <br> inside long labels.
 */
import { buildDocument, type DocumentOptions, type SynthDocument } from '../document.ts';
import { headerText } from '../labels.ts';
import { createRng, type Rng } from '../prng.ts';

export interface HtmlQuirks {
  /** Empty cells hold `&nbsp;` instead of nothing. */
  nbspEmpty: boolean;
  /** Cell text wrapped in <p style=…><span …>…</span></p> (Word's HTML export). */
  wordSpans: boolean;
  /** Curly quotes written as &ldquo; &rdquo;. */
  quoteEntities: boolean;
  /** Upper-case table tags (<TD>), as old editors write them. */
  upperCaseTags: boolean;
  /** Probability that a long label gets a <br> in the middle. */
  brInLabels: number;
  /** Section headings as <h3> instead of <p><strong>. */
  headingTags: boolean;
}

export const noHtmlQuirks: HtmlQuirks = {
  nbspEmpty: false,
  wordSpans: false,
  quoteEntities: false,
  upperCaseTags: false,
  brInLabels: 0,
  headingTags: true,
};

export function randomHtmlQuirks(rng: Rng): HtmlQuirks {
  return {
    nbspEmpty: rng.chance(0.5),
    wordSpans: rng.chance(0.4),
    quoteEntities: rng.chance(0.5),
    upperCaseTags: rng.chance(0.15),
    brInLabels: rng.pick([0, 0.2, 0.5]),
    headingTags: rng.chance(0.5),
  };
}

export interface HtmlOptions extends DocumentOptions {
  quirks?: Partial<HtmlQuirks>;
  /** The government whose portal carries the page (site chrome); default the issuer. */
  portalOwner?: string;
}

function escape(text: string, q: HtmlQuirks): string {
  const plain = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return q.quoteEntities ? plain.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;') : plain;
}

interface Cell {
  text: string;
  rowspan?: number;
  colspan?: number;
}

function cellHtml(cell: Cell, q: HtmlQuirks, rng: Rng): string {
  const td = q.upperCaseTags ? 'TD' : 'td';
  const attrs = [cell.rowspan && cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '', cell.colspan && cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''].join('');
  let inner = escape(cell.text, q);
  if (cell.text.length > 12 && rng.chance(q.brInLabels)) {
    const at = Math.floor(cell.text.length / 2);
    inner = `${escape(cell.text.slice(0, at), q)}<br/>${escape(cell.text.slice(at), q)}`;
  }
  if (cell.text === '') inner = q.nbspEmpty ? '&nbsp;' : '';
  if (q.wordSpans) inner = `<p style="text-align:center;line-height:150%"><span style="font-size:12px;font-family:宋体">${inner}</span></p>`;
  return `<${td}${attrs}>${inner}</${td}>`;
}

function tableHtml(rows: Cell[][], q: HtmlQuirks, rng: Rng): string {
  const [table, tr] = q.upperCaseTags ? ['TABLE', 'TR'] : ['table', 'tr'];
  const body = rows.map((r) => `<${tr}>${r.map((c) => cellHtml(c, q, rng)).join('')}</${tr}>`).join('\n');
  return `<${table} border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">\n<tbody>\n${body}\n</tbody>\n</${table}>`;
}

function proactiveTable(doc: SynthDocument): Cell[][] {
  const rows: Cell[][] = [];
  for (const b of doc.proactive) {
    rows.push([{ text: b.heading, colspan: 4 }]);
    const wide = b.header.length === 2;
    rows.push(wide ? [{ text: b.header[0] }, { text: b.header[1], colspan: 3 }] : b.header.map((text) => ({ text })));
    for (const r of b.rows) {
      rows.push(wide ? [{ text: r.label }, { text: r.values[0], colspan: 3 }] : [{ text: r.label }, ...r.values.map((text) => ({ text }))]);
    }
  }
  return rows;
}

function requestTable(doc: SynthDocument): Cell[][] {
  const g = headerText.applicantGroups;
  const rows: Cell[][] = [
    [
      { text: doc.requests.note, rowspan: 3, colspan: 3 },
      { text: headerText.applicantsHeading, colspan: 7 },
    ],
    [{ text: g.natural, rowspan: 2 }, { text: g.organisation, colspan: 5 }, { text: headerText.applicantTotal, rowspan: 2 }],
    headerText.applicantParts.slice(1).map((text) => ({ text })),
  ];
  for (const row of doc.requests.rows) {
    const values = row.values.map((text) => ({ text }));
    if (row.kind === 'top') {
      rows.push([{ text: row.label, colspan: 3 }, ...values]);
      continue;
    }
    const lead: Cell[] = row.outcomeIndex === 0 ? [{ text: doc.requests.outcomesHeading, rowspan: doc.requests.outcomeCount }] : [];
    if (row.kind === 'single') {
      rows.push([...lead, { text: row.label, colspan: 2 }, ...values]);
    } else {
      const parent: Cell[] = row.indexInParent === 0 ? [{ text: row.parent!, rowspan: row.parentSize }] : [];
      rows.push([...lead, ...parent, { text: row.label }, ...values]);
    }
  }
  return rows;
}

function reviewTable(doc: SynthDocument): Cell[][] {
  const h = headerText;
  return [
    [
      { text: h.reconsideration, colspan: 5 },
      { text: h.litigation, colspan: 10 },
    ],
    [
      ...h.reviewColumns.map((text) => ({ text, rowspan: 2 })),
      { text: h.litigationDirect, colspan: 5 },
      { text: h.litigationAfter, colspan: 5 },
    ],
    [...h.reviewColumns, ...h.reviewColumns].map((text) => ({ text })),
    doc.review.values.map((text) => ({ text })),
  ];
}

export function renderHtml(record: Parameters<typeof buildDocument>[0], options: HtmlOptions): string {
  const doc = buildDocument(record, options);
  const q: HtmlQuirks = { ...noHtmlQuirks, ...options.quirks };
  const rng = createRng(options.seed).fork('html');
  const owner = options.portalOwner ?? record.issuer;
  const title = doc.titleLines.join('');
  const p = (text: string) => `<p style="text-indent:2em;line-height:1.75">${escape(text, q)}</p>`;
  const heading = (text: string) => (q.headingTags ? `<h3>${escape(text, q)}</h3>` : `<p style="text-indent:2em"><strong>${escape(text, q)}</strong></p>`);
  const parts: string[] = [];
  parts.push(heading(doc.headings.overview), p(doc.overviewLead));
  for (const part of doc.overviewParts) parts.push(heading(part.heading), ...part.paragraphs.map(p));
  parts.push(heading(doc.headings.proactive), tableHtml(proactiveTable(doc), q, rng));
  parts.push(heading(doc.headings.requests), tableHtml(requestTable(doc), q, rng));
  parts.push(heading(doc.headings.review), tableHtml(reviewTable(doc), q, rng));
  parts.push(heading(doc.headings.problems), ...doc.problems.map(p));
  parts.push(heading(doc.headings.other), ...doc.other.map(p));
  parts.push(...doc.signature.map((line) => `<p style="text-align:right">${escape(line, q)}</p>`));

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="generator" content="Disclosure Atlas synthetic corpus">
<title>${escape(title, q)}_${escape(owner, q)}</title>
</head>
<body>
<div class="header"><div class="site-name">${escape(owner, q)}门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
<div class="article">
<h1 class="title">${doc.titleLines.map((l) => escape(l, q)).join('<br/>')}</h1>
<p class="marker">${escape(doc.marker, q)}</p>
<div class="content">
${p(doc.intro)}
${parts.join('\n')}
</div>
</div>
<div class="footer"><p>主办：${escape(owner, q)}办公室</p><p><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></p></div>
</body>
</html>
`;
}
