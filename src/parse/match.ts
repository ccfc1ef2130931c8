/**
 * Table grids → catalogue fields. Rows are found by their printed labels
 * (typo-tolerant), never by position alone; where a row prints more, fewer
 * or run-together numbers, the row's arithmetic decides and a message says so.
 */
import type { VFile } from 'vfile';
import {
  applicantColumns,
  leafFields,
  documentColumns,
  documentRows,
  form2019Markers,
  proactive2019ColumnSets,
  proactiveRows2019,
  proactiveValueRows,
  requestRows,
  reviewColumns,
  reviewGroups,
  type RequestRowKey,
  type ReviewGroupKey,
  type SectionKey,
} from '../model/catalogue.ts';
import { bestLabelMatch, candidatesOf, normalizeLabel, type LabelMatch } from '../model/labels.ts';
import { report } from '../model/messages.ts';
import { fitValues, groupSums, isNonFigureWord, parseFigure, type Figure } from './numbers.ts';
import type { GridRow, ReportDocument } from './types.ts';

/** The tables of one report, as figures keyed by record path, before validation. */
export interface DraftTables {
  /** Leaf path (`requests.granted.natural`) → figure as printed. */
  values: Map<string, Figure>;
  /** Row path (`requests.granted`, `proactive.rules`, `review.reconsideration`) → source line. */
  lines: Map<string, number>;
  /** Sections in which at least one table row was read. */
  sectionsFound: Set<SectionKey>;
  /** The form version, told by the §二 header: the 2019 form has other columns. */
  form: '2021' | '2019';
}

const proactiveCandidates = candidatesOf([...documentRows, ...proactiveValueRows]);
const requestCandidates = candidatesOf(requestRows);
const reviewCandidates = candidatesOf(reviewGroups);
const documentRowKeys = new Set<string>(documentRows.map((r) => r.key));
const proactive2019Candidates = candidatesOf(proactiveRows2019);
const form2019MarkerForms = form2019Markers.map(normalizeLabel);

/** True when a §二 header row carries a column only the 2019 form prints. */
function isForm2019Header(label: string): boolean {
  const norm = normalizeLabel(label);
  return form2019MarkerForms.some((m) => norm.includes(m));
}
const requestOrder = new Map<string, number>(requestRows.map((r, i) => [r.key, i]));

const leafByPath = new Map(leafFields().map((f) => [f.path, f]));

/**
 * Figures the form cannot hold, reported and kept as printed (never corrected):
 * a negative count, a fraction where a whole count belongs, an approximate
 * figure (约30, 30余), and words printed in a figure cell (若干).
 */
export function reportFigureProblems(file: VFile, path: string, figure: Figure, line: number): void {
  const leaf = leafByPath.get(path);
  const name = `“${leaf?.label ?? path}”`;
  const opts = { line, fields: [path] };
  if (figure.kind === 'text') {
    report(file, 'warning', 'not-a-number', `${name}印的是“${shorten(figure.text)}”，不是数字；记为空`, opts);
    return;
  }
  if (figure.kind !== 'number') return;
  if (figure.value < 0 && !leaf?.signed) {
    report(file, 'error', 'negative-figure', `${name}印的是 ${figure.text}：件数和金额都不能是负数（按印的数字记录）`, opts);
  }
  if (!Number.isInteger(figure.value) && (leaf?.unit ?? 'count') === 'count') {
    report(file, 'error', 'fractional-count', `${name}印的是 ${figure.text}：件数应为整数（按印的数字记录）`, opts);
  }
  if (figure.approximate) {
    report(file, 'warning', 'approximate-figure', `${name}印的是“${figure.text}”，是约数而不是确切数字；按 ${figure.value} 记录`, opts);
  }
}

/** Printed text for a message: long runs cut, so one cell cannot flood a check. */
function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…（共 ${text.length} 个字符）`;
}

/**
 * A digit run too long to be any count (≥ 10^15: beyond exact doubles, or
 * Infinity) stays as printed text: it reaches the record as null with a
 * not-a-number check, never as an imprecise or infinite figure.
 */
export function usableFigure(f: Figure): Figure {
  return f.kind === 'number' && !(Math.abs(f.value) < 1e15) ? { kind: 'text', text: f.text } : f;
}

/** Six applicant columns add up to 总计. */
const applicantSum = groupSums(applicantColumns.length);

/** Each §四 group of five: four results add up to 总计. */
const reviewSum = groupSums(reviewColumns.length);

interface SplitRow {
  label: string;
  values: Figure[];
  /** A blank cell directly before the first value (a merged header cell or a blank first value). */
  gapBeforeValues: boolean;
  /** Empty cells printed after the label (a row whose cells were all left blank). */
  emptyCells: number;
  /** The last label cell: the row's own name when group cells precede it. */
  lastLabel: string;
  /** Blank cells before the first figure of a row without a label. */
  leadingBlanks: number;
  line: number;
}

/** Separate a row's leading label cells from its value cells. */
export function splitRow(row: GridRow): SplitRow {
  const cells = row.cells;
  let first = cells.findIndex((c) => {
    const f = parseFigure(c.text);
    return f.kind === 'number' || f.kind === 'placeholder';
  });
  const labelCells = (first < 0 ? cells : cells.slice(0, first)).map((c) => c.text).filter(Boolean);
  // Words printed where a figure belongs ("行政许可\t若干", "上年结转\t无数据\t0 …") are
  // values, not label text: otherwise the row loses a column and the rest shift.
  const wordValues: Figure[] = [];
  while (labelCells.length > 1 && isNonFigureWord(labelCells[labelCells.length - 1])) {
    wordValues.unshift({ kind: 'text', text: labelCells.pop()! });
  }
  if (labelCells.length === 1 && wordValues.length === 0) {
    // Space-separated rows (pdftotext) keep the whole line in one label cell.
    const tokens = labelCells[0].split(/[ \u3000]+/);
    while (tokens.length > 1 && isNonFigureWord(tokens[tokens.length - 1])) wordValues.unshift({ kind: 'text', text: tokens.pop()! });
    labelCells[0] = tokens.join(' ');
  }
  let label = labelCells.join(' ');
  const values: Figure[] = [...wordValues];
  let gapBeforeValues = false;
  if (first >= 0) {
    gapBeforeValues = first > 0 && cells[first - 1].text === '' && labelCells.length > 0;
    let last = cells.length - 1;
    while (last >= first && cells[last].text === '') last--;
    for (let i = first; i <= last; i++) values.push(parseFigure(cells[i].text));
  }
  // Cell boundaries lost when copying from a web page: "规章000", "…申请数量3510000036",
  // "行政事业性收费720.34", "行政许可/".
  const glued = label.match(/^(.*[^\d\s.．、,，/／])\s*(\d+(?:[.．]\d+)?|[/／])$/);
  if (glued && normalizeLabel(glued[1]).length >= 2 && !/第$|[（(]$/.test(glued[1])) {
    label = glued[1];
    values.unshift(parseFigure(glued[2]));
  }
  const valueLine = first >= 0 ? cells[first].line : row.line;
  const lastLabel = cells.reduce((at, c, i) => (c.text && (first < 0 || i < first) ? i : at), -1);
  const emptyCells = first < 0 ? cells.length - 1 - lastLabel : 0;
  // A row with no label (the §四 figures) may start with blank cells that are its first values.
  const leadingBlanks = !label && first > 0 && cells.slice(0, first).every((c) => c.text === '') ? first : 0;
  return {
    label,
    values,
    gapBeforeValues,
    emptyCells,
    leadingBlanks,
    lastLabel: lastLabel >= 0 ? cells[lastLabel].text : '',
    line: valueLine,
  };
}

function pathsOf(prefix: string, cols: readonly { key: string }[]): string[] {
  return cols.map((c) => `${prefix}.${c.key}`);
}

/**
 * Pick the label for a value row: its own cells first; if they name no field,
 * prepend the label-only lines printed just before it (wrapped labels, vertical
 * merged cells), shortest context first.
 */
const MAX_LABEL_CHARS = 200;

function resolveLabel<K extends string>(
  own: string,
  buffer: string[],
  candidates: ReturnType<typeof candidatesOf<K>>,
): { match: LabelMatch<K>; label: string } | null {
  // Form labels are under 60 characters; a cell of prose (a whole report pasted
  // into one line) is no label, and comparing it costs O(length) per form.
  if (own.length > MAX_LABEL_CHARS) return null;
  const lastLong = buffer.findLastIndex((b) => b.length > MAX_LABEL_CHARS);
  if (lastLong >= 0) buffer = buffer.slice(lastLong + 1);
  const ownMatch = bestLabelMatch(own, candidates);
  if (ownMatch?.exact) return { match: ownMatch, label: own };
  // A wrapped label's last line alone may contain a short form ("…不计其他情形）" holds 其他):
  // try every context length and keep the strongest match.
  let best = ownMatch ? { match: ownMatch, label: own } : null;
  for (let n = 1; n <= Math.min(buffer.length, 8); n++) {
    const label = [...buffer.slice(buffer.length - n), own].join('');
    const m = bestLabelMatch(label, candidates);
    if (m && (!best || m.score > best.match.score)) best = { match: m, label };
  }
  return best;
}

/**
 * The form row a label-only row stands for when its own (last) label cell is
 * exactly a row name ("法人或其他组织" holds 其他 but is a header) and it prints
 * as many empty cells as the row has columns.
 */
function blankRowOf(
  split: SplitRow,
  section: SectionKey | null,
): { path: string; cols: readonly { key: string; label: string }[]; section: SectionKey } | null {
  if (section === 'requests' && split.emptyCells >= applicantColumns.length - 1) {
    const m = bestLabelMatch(split.lastLabel, requestCandidates);
    if (m?.exact && m.form === normalizeLabel(split.lastLabel)) return { path: `requests.${m.key}`, cols: applicantColumns, section };
  }
  if (section === 'proactive') {
    const m = bestLabelMatch(split.lastLabel, proactiveCandidates);
    const isDoc = m ? documentRowKeys.has(m.key) : false;
    if (m?.exact && m.form === normalizeLabel(split.lastLabel) && split.emptyCells >= (isDoc ? documentColumns.length : 1)) {
      return { path: `proactive.${m.key}`, cols: isDoc ? documentColumns : [{ key: '', label: '' }], section };
    }
  }
  return null;
}

export function matchTables(doc: ReportDocument, file: VFile): DraftTables {
  const values = new Map<string, Figure>();
  const lines = new Map<string, number>();
  const sectionsFound = new Set<SectionKey>();
  const reviewStream: { figure: Figure; line: number }[] = [];
  let reviewLabelled = false;
  let form: '2021' | '2019' = '2021';

  const assign = (
    rowPath: string,
    cols: readonly { key: string; label: string }[],
    figs: Figure[],
    line: number,
    label: string,
  ): boolean => {
    if (lines.has(rowPath)) {
      const prev = pathsOf(rowPath, cols).map((p) => values.get(p));
      const same = prev.every((f, i) => f?.text === figs[i]?.text);
      report(file, same ? 'info' : 'warning', 'duplicate-row', `“${label}”一行在第 ${lines.get(rowPath)} 行已经读到${same ? '，第二次数字相同（表格重复出现）' : `，第 ${line} 行又出现且数字不同（${figs.map((f) => shorten(f.text, 20) || '空').join(' ')}）；采用第一次出现的数字`}`, {
        line,
        fields: pathsOf(rowPath, cols),
      });
      return false;
    }
    lines.set(rowPath, line);
    cols.forEach((c, i) => {
      const figure = usableFigure(figs[i] ?? { kind: 'blank', text: '' });
      values.set(`${rowPath}.${c.key}`, figure);
      reportFigureProblems(file, `${rowPath}.${c.key}`, figure, line);
    });
    return true;
  };

  const fitNote = (rowPath: string, label: string, cols: readonly { key: string }[], fit: ReturnType<typeof fitValues>, line: number) => {
    if (!fit.note) return;
    const severity = fit.alternatives.length > 0 || fit.how === 'truncated' || fit.how === 'padded' ? 'warning' : 'info';
    const code = fit.how === 'split' ? (fit.alternatives.length ? 'split-ambiguous' : 'split-decided') : 'value-count';
    report(file, severity, code, `“${label}”：${fit.note}`, { line, fields: pathsOf(rowPath, cols) });
  };

  const approximateNote = (label: string, m: LabelMatch, fieldLabel: string, line: number, fields: string[]) => {
    if (m.exact) return;
    report(file, 'info', 'label-approximate', `行名“${label.trim()}”与表格式中的“${fieldLabel}”不完全一致，按相近行名识别`, { line, fields });
  };

  for (const grid of doc.grids) {
    let buffer: string[] = [];
    for (const row of grid.rows) {
      const split = splitRow(row);
      if (split.values.length === 0 && grid.section === 'proactive' && form === '2021' && isForm2019Header(split.label)) {
        form = '2019';
        report(file, 'info', 'form-2019', '第二部分按 2019 年旧格式（国办公开办函〔2019〕60号）填报：各列含义与 2021 年格式不同，另行记录；只有“处理决定数量”计入 2021 年格式的对应项', {
          line: split.line,
          fields: [],
        });
      }
      if (split.values.length === 0) {
        // A form row printed with every cell left blank: the row is there, its figures are not.
        const blankRow = split.emptyCells > 0 ? blankRowOf(split, grid.section) : null;
        if (blankRow) {
          sectionsFound.add(blankRow.section);
          const blanks = blankRow.cols.map(() => ({ kind: 'blank', text: '' }) as Figure);
          if (blankRow.cols.length === 1) {
            if (!lines.has(blankRow.path)) {
              lines.set(blankRow.path, split.line);
              values.set(blankRow.path, blanks[0]);
            }
          } else assign(blankRow.path, blankRow.cols, blanks, split.line, split.label);
          buffer = [];
        } else if (split.label) buffer.push(split.label);
        continue;
      }
      const section = grid.section;
      const tryRequests = section === 'requests' || section === null;
      const tryProactive = section === 'proactive' || section === null;

      if (section === 'review' || (section === null && !split.label && split.values.length >= 10)) {
        sectionsFound.add('review');
        const m = split.label ? resolveLabel(split.label, [], reviewCandidates) : null;
        if (m) {
          // A review table printed one group per row.
          const key = m.match.key as ReviewGroupKey;
          const fit = fitValues(split.values, 5, reviewSum);
          const path = `review.${key}`;
          fitNote(path, split.label, reviewColumns, fit, split.line);
          assign(path, reviewColumns, fit.values, split.line, split.label);
          reviewLabelled = true;
        } else {
          // Leading blanks of an unlabelled row are blank figures (a §四 row whose first cell was left empty);
          // where they are only layout, the group sums drop them again.
          for (let i = 0; i < split.leadingBlanks; i++) reviewStream.push({ figure: { kind: 'blank', text: '' }, line: split.line });
          for (const figure of split.values) reviewStream.push({ figure, line: split.line });
        }
        buffer = [];
        continue;
      }

      const req = tryRequests ? resolveLabel(split.label, buffer, requestCandidates) : null;
      if (form === '2019' && section === 'proactive') {
        const old = resolveLabel(split.label, buffer, proactive2019Candidates);
        buffer = [];
        if (old) {
          sectionsFound.add('proactive');
          const def = proactiveRows2019.find((r) => r.key === old.match.key)!;
          const cols = proactive2019ColumnSets[def.columns];
          const path = `proactive2019.${def.key}`;
          const fit = fitValues(split.values, cols.length, null);
          fitNote(path, def.label, cols, fit, split.line);
          approximateNote(old.label, old.match, def.label, split.line, pathsOf(path, cols));
          assign(path, cols, fit.values, split.line, def.label);
          continue;
        }
      }
      const pro = tryProactive ? resolveLabel(split.label, buffer, proactiveCandidates) : null;
      buffer = [];

      if (pro && (!req || pro.match.score > req.match.score)) {
        sectionsFound.add('proactive');
        const key = pro.match.key;
        const isDoc = documentRowKeys.has(key);
        const fit = fitValues(split.values, isDoc ? 3 : 1, null);
        const def = [...documentRows, ...proactiveValueRows].find((r) => r.key === key)!;
        if (isDoc) {
          const path = `proactive.${key}`;
          fitNote(path, split.label, documentColumns, fit, split.line);
          approximateNote(pro.label, pro.match, def.label, split.line, pathsOf(path, documentColumns));
          assign(path, documentColumns, fit.values, split.line, def.label);
        } else {
          const path = `proactive.${key}`;
          if (fit.note) report(file, fit.how === 'split' ? 'warning' : 'info', 'value-count', `“${def.label}”：${fit.note}`, { line: split.line, fields: [path] });
          approximateNote(pro.label, pro.match, def.label, split.line, [path]);
          if (!lines.has(path)) {
            lines.set(path, split.line);
            const figure = usableFigure(fit.values[0]);
            values.set(path, figure);
            reportFigureProblems(file, path, figure, split.line);
          } else {
            report(file, 'warning', 'duplicate-row', `“${def.label}”在第 ${lines.get(path)} 行已经读到，第 ${split.line} 行又出现；采用第一次出现的数字`, { line: split.line, fields: [path] });
          }
        }
        continue;
      }
      if (req) {
        sectionsFound.add('requests');
        const key = req.match.key as RequestRowKey;
        const def = requestRows[requestOrder.get(key)!];
        let figs = split.values;
        if (figs.length === 6 && split.gapBeforeValues) figs = [{ kind: 'blank', text: '' }, ...figs];
        const fit = fitValues(figs, 7, applicantSum);
        const path = `requests.${key}`;
        fitNote(path, def.short, applicantColumns, fit, split.line);
        approximateNote(req.label, req.match, def.label, split.line, pathsOf(path, applicantColumns));
        assign(path, applicantColumns, fit.values, split.line, def.short);
        continue;
      }
      if (section !== null || split.values.length >= 3) {
        report(
          file,
          'warning',
          'unplaced-row',
          `第 ${split.line} 行有数字（${shorten(split.values.map((f) => f.text || '空').join(' '), 80)}）但行名“${shorten(split.label, 60) || '（无）'}”对不上表格式中的任何一行，未计入`,
          { line: split.line, fields: [] },
        );
      }
    }
  }

  if (reviewStream.length > 0 && !reviewLabelled) {
    const k = reviewGroups.length * reviewColumns.length;
    let figures = reviewStream.map((t) => t.figure);
    let fit = fitValues(figures, k, reviewSum);
    if (fit.how === 'truncated') {
      // No reading adds up (a report with printed errors): then leading blank cells were layout, not figures.
      while (figures.length > k && figures[0].kind === 'blank') figures = figures.slice(1);
      if (figures.length === k) fit = { ...fitValues(figures, k, reviewSum), note: null };
      else fit = fitValues(figures, k, reviewSum);
    }
    const line = reviewStream[0].line;
    const fields = reviewGroups.flatMap((g) => pathsOf(`review.${g.key}`, reviewColumns));
    if (fit.note) {
      const severity = fit.alternatives.length > 0 || fit.how === 'truncated' || fit.how === 'padded' ? 'warning' : 'info';
      const code = fit.how === 'split' ? (fit.alternatives.length ? 'split-ambiguous' : 'split-decided') : 'value-count';
      report(file, severity, code, `第四部分行政复议、行政诉讼表：${fit.note}`, { line, fields });
    }
    reviewGroups.forEach((g, gi) => {
      assign(`review.${g.key}`, reviewColumns, fit.values.slice(gi * 5, gi * 5 + 5), line, g.label);
    });
  }
  return { values, lines, sectionsFound, form };
}
