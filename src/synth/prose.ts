/**
 * Running text for the synthetic reports: the title, the 一 overview with its
 * narrative figures, 五 problems, 六 with the processing-fee sentence, and
 * the signature. Wording follows the seeds and the realworld reports; other
 * numbers (posts, visits, phone numbers) are there on purpose, as noise the
 * narrative reader must ignore.
 */
import { processingFee, requestRowDef, reviewColumns, reviewGroups, reviewHeadings } from '../model/catalogue.ts';
import { formText } from './form-text.ts';
import { reconsiderationPartKeys, type NarrativePlan } from './narrative.ts';
import type { Rng } from './prng.ts';

export interface ProseContext {
  issuer: string;
  year: number;
  /** 我县, 我镇, 本机关 … */
  self: string;
  /** Print numbers with spaces around them (PDF and Word exports do). */
  spacedNumbers: boolean;
  /** Where the issuer sits (省市县…), printed in the contact line the way real reports give an address. */
  address?: string;
}

const numeral = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Write a number with spaces around it when the context says so. */
function num(ctx: ProseContext, n: number | string): string {
  return ctx.spacedNumbers ? ` ${n} ` : `${n}`;
}

export type TitleStyle = 'one-line' | 'one-line-spaced' | 'two-lines' | 'annual';

/** The title, as one or two lines. */
export function titleLines(ctx: ProseContext, style: TitleStyle): string[] {
  const { issuer, year } = ctx;
  switch (style) {
    case 'one-line':
      return [`${issuer}${year}年${formText.reportTitle}`];
    case 'one-line-spaced':
      return [`${issuer} ${year} 年${formText.reportTitle}`];
    case 'annual':
      return [`${issuer}${year}年度${formText.reportTitle}`];
    case 'two-lines':
      return [issuer, `${year}${ctx.spacedNumbers ? ' ' : ''}年${formText.reportTitle}`];
  }
}

export function introParagraph(ctx: ProseContext): string {
  const y = ctx.year;
  return (
    `根据《中华人民共和国政府信息公开条例》（国务院令第${num(ctx, 711)}号，以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国${formText.reportTitle}格式〉的通知》（国办公开办函〔2021〕30号）要求，` +
    `现发布本报告。本报告统计数据从${num(ctx, y)}年${num(ctx, 1)}月${num(ctx, 1)}日至${num(ctx, y)}年${num(ctx, 12)}月${num(ctx, 31)}日。`
  );
}

export function overviewLead(ctx: ProseContext, rng: Rng): string {
  return rng.pick([
    `${ctx.year}年，${ctx.issuer}认真贯彻落实《条例》各项规定，紧紧围绕中心工作和社会关切，持续推进政务公开标准化规范化建设，不断提升政府信息公开质量和实效。`,
    `${ctx.year}年，${ctx.self}严格落实政府信息公开各项要求，强化组织领导，健全工作机制，推动政府信息公开工作有序开展。`,
    `${ctx.year}年以来，${ctx.self}坚持以公开为常态、不公开为例外，主动回应社会关切，各项工作取得新进展。`,
  ]);
}

export function proactiveParagraph(ctx: ProseContext, rng: Rng): string {
  const posts = rng.int(20, 30000);
  const readings = rng.int(1, 80);
  const pick = rng.int(0, 2);
  if (pick === 0) {
    return `${ctx.year}年，${ctx.self}通过政府门户网站主动公开各类政府信息${num(ctx, posts)}条，发布政策解读${num(ctx, readings)}篇，召开新闻发布会${num(ctx, rng.int(0, 20))}场。`;
  }
  if (pick === 1) {
    return `围绕财政预决算、重大项目建设、乡村振兴等重点领域，全年发布信息${num(ctx, posts)}条，网站访问量达${num(ctx, rng.int(1, 300))}万人次，政务新媒体推送信息${num(ctx, rng.int(0, 2000))}条。`;
  }
  return `持续做好基础栏目维护，更新机构职能、财政信息、政策文件等栏目信息${num(ctx, posts)}条，确保主动公开内容及时、准确、完整。`;
}

/** The request and review sentences carrying the narrative figures. */
export function requestParagraph(ctx: ProseContext, plan: NarrativePlan, rng: Rng): string {
  const f = plan.figures;
  const y = ctx.year;
  let text = rng.pick(['进一步规范依申请公开办理流程，畅通受理渠道，提高答复质量。', '严格按照法定程序和时限办理政府信息公开申请。', '']);
  switch (plan.requestSentence) {
    case 'full':
      text += `${y}年，${ctx.self}共收到政府信息公开申请${num(ctx, f.requestsReceived!)}件，上年结转${num(ctx, f.carriedOver!)}件，办结${num(ctx, f.requestsHandled!)}件，${requestRowDef('carriedForward').label}${num(ctx, f.carriedForward!)}件。`;
      break;
    case 'answered':
      text += `${y}年，${ctx.self}共受理政府信息公开申请${num(ctx, f.requestsReceived!)}件，答复${num(ctx, f.requestsHandled!)}件（含上年度结转申请${num(ctx, f.carriedOver!)}件，另有${num(ctx, f.carriedForward!)}件顺延到下年度答复），均在法定期限内予以答复。`;
      break;
    case 'receivedOnly':
      text += f.requestsReceived === undefined ? '' : `${y}年，${ctx.self}收到政府信息公开申请${num(ctx, f.requestsReceived)}件，均在规定时间内依法答复。`;
      break;
    case 'none':
      text += `${y}年${num(ctx, 1)}月${num(ctx, 1)}日至${y}年${num(ctx, 12)}月${num(ctx, 31)}日，${ctx.self}未收到政府信息公开申请。`;
      break;
  }
  const recon = reviewGroups[0].label;
  const lit = reviewHeadings.litigation;
  switch (plan.reviewSentence) {
    case 'counts':
      text += `涉及政府信息公开的${recon}${num(ctx, f.reconsiderationTotal!)}件，${lit}${num(ctx, f.litigationTotal!)}件。`;
      break;
    case 'detailed': {
      const named = reviewColumns
        .slice(0, 4)
        .map((c, i) => `${c.label}${num(ctx, f[reconsiderationPartKeys[i]] ?? 0)}件`)
        .join('，');
      text += `政府信息公开${recon}${num(ctx, f.reconsiderationTotal!)}件，其中${named}；政府信息公开${lit}${num(ctx, f.litigationTotal!)}件。`;
      break;
    }
    case 'none':
      text += `全年未发生涉及政府信息公开的${recon}、${lit}案件。`;
      break;
    case 'omitted':
      break;
  }
  return text;
}

export function managementParagraph(ctx: ProseContext, rng: Rng): string {
  return rng.pick([
    `严格落实信息发布保密审查机制和“三审三校”制度，坚持“先审查、后公开”，确保涉密信息不上网、错误信息不发布。`,
    `动态调整主动公开目录，定期清理过时、失效信息，全年排查整改问题链接${num(ctx, rng.int(0, 90))}个。`,
    `${ctx.self}进一步完善政府信息公开属性源头认定机制，对拟发布文件逐件明确公开属性。`,
  ]);
}

export function platformParagraph(ctx: ProseContext, rng: Rng): string {
  return `加强政府网站和政务新媒体建设管理，目前运维政务新媒体${num(ctx, rng.int(1, 95))}个，在季度检查中合格率均为${num(ctx, '100%')}。`;
}

export function oversightParagraph(ctx: ProseContext, rng: Rng): string {
  return `将政务公开工作纳入绩效考核，全年组织业务培训${num(ctx, rng.int(1, 12))}次，开展政府信息公开栏目检查${num(ctx, rng.int(1, 6))}次，及时督促整改发现的问题。`;
}

export function problemsParagraphs(ctx: ProseContext, rng: Rng): string[] {
  return [
    rng.pick([
      '一是政策解读形式较为单一，解读的针对性和通俗性有待加强；二是个别单位信息更新不够及时，公开质量有待提高。',
      '主要问题：政务公开专职人员不足，业务能力有待提升；依申请公开答复的规范化程度还需加强。',
    ]),
    rng.pick([
      `下一步，${ctx.self}将加强业务培训和督促检查，提升公开质量；完善依申请公开办理机制，规范答复文书。`,
      '改进措施：一是加强组织保障，配齐配强工作人员；二是丰富解读形式，提升解读质量；三是强化考核监督，压实工作责任。',
    ]),
  ];
}

/** Section 六: the 信息处理费 sentence (or nothing about fees when the record's fee is null). */
export function otherParagraphs(ctx: ProseContext, fee: number | null, rng: Rng): string[] {
  const label = processingFee.label;
  const y = ctx.year;
  const measures = `《国务院办公厅关于印发〈政府信息公开${label}管理办法〉的通知》（国办函〔2020〕109号）`;
  const out: string[] = [];
  if (fee === null) {
    out.push(rng.pick(['无其他需要报告的事项。', '本年度无其他需要报告的事项。']));
  } else if (fee === 0) {
    out.push(
      rng.pick([
        `按照${measures}规定的按件、按量收费标准，本年度没有产生${processingFee.variants[0]}。`,
        `${y}年，${ctx.issuer}在办理政府信息公开申请中未收取${label}。`,
        `${y}年，${ctx.self}严格落实《政府信息公开${label}管理办法》，全年收取${label}${num(ctx, 0)}元。`,
      ]),
    );
  } else {
    out.push(`${y}年，${ctx.self}严格落实《政府信息公开${label}管理办法》，全年收取政府信息公开${label}${num(ctx, fee)}元。`);
  }
  if (ctx.address || rng.chance(0.5)) {
    const address = ctx.address ? `地址：${ctx.address}${rng.pick(['人民路', '政府街', '府前路', '行政中心'])}${rng.int(1, 300)}号，` : '';
    out.push(
      `本报告电子版可在${ctx.issuer}门户网站查阅或下载。如有疑问，请联系${ctx.issuer}（${address}电话：0${rng.int(100, 999)}-${rng.int(2000000, 8999999)}，邮编：${rng.int(100000, 860000)}）。`,
    );
  }
  return out;
}

function chineseNumber(n: number): string {
  if (n < 10) return numeral[n];
  if (n === 10) return '十';
  if (n < 20) return `十${numeral[n % 10]}`;
  return `${numeral[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : numeral[n % 10]}`;
}

export type DateStyle = 'plain' | 'spaced' | 'chinese';

/** 2025年1月20日 / 2025 年 1 月 20 日 / 二〇二五年一月二十日 */
export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number);
  switch (style) {
    case 'plain':
      return `${y}年${m}月${d}日`;
    case 'spaced':
      return `${y} 年 ${m} 月 ${d} 日`;
    case 'chinese':
      return `${[...String(y)].map((c) => numeral[Number(c)]).join('')}年${chineseNumber(m)}月${chineseNumber(d)}日`;
  }
}
