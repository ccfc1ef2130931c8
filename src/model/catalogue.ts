/**
 * The field catalogue: every row and column of the 2021 annual-report form
 * (国办公开办函〔2021〕30号), defined exactly once.
 *
 * The parser matches printed labels against `label` + `variants`; the zod
 * schema, page tables, charts, CSV headers and the methodology page all read
 * these lists. No other module may spell out a Chinese form label.
 */

export type Unit = 'count' | 'wan-yuan' | 'yuan';

/** One row or column of the form. */
export interface FieldDef<K extends string = string> {
  /** Stable English key used in the record, CSV and URLs. */
  readonly key: K;
  /** The label as the official form prints it. */
  readonly label: string;
  /** A short label for narrow table headers and charts. */
  readonly short: string;
  /**
   * Other spellings seen in real reports: synonyms, missing words, typos.
   * Matching already ignores numbering (一、 (一) 1. 1、), whitespace, quotes
   * and full/half-width differences, so variants only list real wording changes.
   */
  readonly variants: readonly string[];
  readonly unit: Unit;
  /** True for a figure that may be negative (the 2019 form's 本年增/减). */
  readonly signed: boolean;
  /** Grouping for tables and charts (see the group dictionaries below). */
  readonly group: string;
  /** What the field means, for the methodology page. */
  readonly description: string;
}

function field<K extends string>(
  key: K,
  label: string,
  opts: { short?: string; variants?: readonly string[]; unit?: Unit; signed?: boolean; group: string; description: string },
): FieldDef<K> {
  return {
    key,
    label,
    short: opts.short ?? label,
    variants: opts.variants ?? [],
    unit: opts.unit ?? 'count',
    signed: opts.signed ?? false,
    group: opts.group,
    description: opts.description,
  };
}

/* ------------------------------------------------------------------ */
/* 二、主动公开政府信息情况 (Article 20 items)                           */
/* ------------------------------------------------------------------ */

/** Columns of the 第二十条第（一）项 rows (rules and normative documents). */
export const documentColumns = [
  field('issued', '本年制发件数', { short: '制发', group: 'documents', description: '本年新制定发布的件数。' }),
  field('repealed', '本年废止件数', {
    short: '废止',
    variants: ['本年度止件数', '本年度废止件数'],
    group: 'documents',
    description: '本年废止的件数。',
  }),
  field('inForce', '现行有效件数', { short: '现行有效', group: 'documents', description: '截至年底现行有效的件数。' }),
] as const;

/** Rows of 第二十条第（一）项: each has the three document columns. */
export const documentRows = [
  field('rules', '规章', { group: 'article20-1', description: '本机关制定的规章（第二十条第（一）项）。' }),
  field('normativeDocuments', '行政规范性文件', {
    short: '规范性文件',
    variants: ['规范性文件'],
    group: 'article20-1',
    description: '行政规范性文件（第二十条第（一）项）。',
  }),
] as const;

/** Single-value rows of 第二十条第（五）（六）（八）项. */
export const proactiveValueRows = [
  field('licensing', '行政许可', {
    group: 'article20-5',
    description: '本年作出的行政许可处理决定数量（第二十条第（五）项）。',
  }),
  field('punishment', '行政处罚', {
    group: 'article20-6',
    description: '本年作出的行政处罚决定数量（第二十条第（六）项）。',
  }),
  field('coercion', '行政强制', {
    group: 'article20-6',
    description: '本年作出的行政强制决定数量（第二十条第（六）项）。',
  }),
  field('administrativeFeesWan', '行政事业性收费', {
    short: '行政事业性收费（万元）',
    unit: 'wan-yuan',
    group: 'article20-8',
    description: '本年行政事业性收费金额，单位万元（第二十条第（八）项）。与信息处理费无关，不可相加。',
  }),
] as const;

/* ------------------------------------------------------------------ */
/* 三、收到和处理政府信息公开申请情况                                   */
/* ------------------------------------------------------------------ */

/** The seven applicant columns; the first six add up to `total`. */
export const applicantColumns = [
  field('natural', '自然人', { group: 'natural', description: '以自然人身份提出的申请。' }),
  field('commercial', '商业企业', { group: 'organisation', description: '法人或其他组织：商业企业。' }),
  field('research', '科研机构', { group: 'organisation', description: '法人或其他组织：科研机构。' }),
  field('nonprofit', '社会公益组织', { group: 'organisation', description: '法人或其他组织：社会公益组织。' }),
  field('legal', '法律服务机构', { group: 'organisation', description: '法人或其他组织：法律服务机构。' }),
  field('otherOrg', '其他', { short: '其他组织', group: 'organisation', description: '法人或其他组织：其他。' }),
  field('total', '总计', { group: 'total', description: '各类申请人合计。' }),
] as const;

/** Headings that group applicant columns in the printed header. */
export const applicantColumnGroups = {
  natural: '自然人',
  organisation: '法人或其他组织',
  total: '总计',
} as const;

/**
 * Groups of request rows. `parent` is the printed group heading, which
 * reports often merge into a vertical cell beside the sub-rows.
 */
export const requestRowGroups = {
  intake: { label: '收到申请', parent: null, description: '本年新收与上年结转的申请。' },
  granted: { label: '予以公开', parent: null, description: '全部公开的申请。' },
  partiallyGranted: { label: '部分公开', parent: null, description: '部分公开的申请。' },
  withheld: { label: '不予公开', parent: '不予公开', description: '依法不予公开的八类理由。' },
  unavailable: { label: '无法提供', parent: '无法提供', description: '因信息不存在或申请不明确而无法提供。' },
  notProcessed: { label: '不予处理', parent: '不予处理', description: '信访举报、重复申请等不予处理的情形。' },
  other: { label: '其他处理', parent: '其他处理', description: '逾期不补正、未缴费及其他处理。' },
  handled: { label: '办理合计', parent: null, description: '本年度办理结果总计。' },
  outflow: { label: '结转下年', parent: null, description: '结转下年度继续办理。' },
} as const;
export type RequestRowGroup = keyof typeof requestRowGroups;

function requestRow<K extends string>(
  key: K,
  label: string,
  group: RequestRowGroup,
  opts: { short?: string; variants?: readonly string[]; description: string },
): FieldDef<K> & { readonly group: RequestRowGroup } {
  return field(key, label, { ...opts, group }) as FieldDef<K> & { readonly group: RequestRowGroup };
}

/** The 25 rows of table 三, in the order the form prints them. */
export const requestRows = [
  requestRow('newReceived', '本年新收政府信息公开申请数量', 'intake', {
    short: '本年新收',
    variants: ['本年新收申请数量', '本年新收政府信息公开申请'],
    description: '本年新收到的政府信息公开申请数量（第一项）。',
  }),
  requestRow('carriedOver', '上年结转政府信息公开申请数量', 'intake', {
    short: '上年结转',
    variants: ['上年结转申请数量', '上年结转政府信息公开申请'],
    description: '上一年度结转到本年办理的申请数量（第二项）。',
  }),
  requestRow('granted', '予以公开', 'granted', { short: '予以公开', description: '全部公开的申请（第三项（一））。' }),
  requestRow('partiallyGranted', '部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyGranted', {
    short: '部分公开',
    variants: ['部分公开'],
    description: '部分公开的申请；区分处理的只计这一情形（第三项（二））。',
  }),
  requestRow('withheldStateSecret', '属于国家秘密', 'withheld', { short: '国家秘密', description: '不予公开：属于国家秘密。' }),
  requestRow('withheldProhibitedByLaw', '其他法律行政法规禁止公开', 'withheld', {
    short: '法律法规禁止',
    variants: ['其他法律法规禁止公开', '法律行政法规禁止公开', '其他法律行政止公开'],
    description: '不予公开：其他法律、行政法规禁止公开。',
  }),
  requestRow('withheldSecurityStability', '危及“三安全一稳定”', 'withheld', {
    short: '三安全一稳定',
    variants: ['危及三安全一稳定'],
    description: '不予公开：公开后可能危及国家安全、公共安全、经济安全、社会稳定。',
  }),
  requestRow('withheldThirdPartyRights', '保护第三方合法权益', 'withheld', {
    short: '第三方权益',
    description: '不予公开：涉及商业秘密、个人隐私等，公开会损害第三方合法权益。',
  }),
  requestRow('withheldInternalAffairs', '属于三类内部事务信息', 'withheld', {
    short: '内部事务',
    variants: ['三类内部事务信息'],
    description: '不予公开：人事管理、后勤管理、内部工作流程等内部事务信息。',
  }),
  requestRow('withheldProcessInformation', '属于四类过程性信息', 'withheld', {
    short: '过程性信息',
    variants: ['四类过程性信息'],
    description: '不予公开：讨论记录、过程稿、磋商信函、请示报告等过程性信息。',
  }),
  requestRow('withheldEnforcementFiles', '属于行政执法案卷', 'withheld', {
    short: '执法案卷',
    variants: ['行政执法案卷'],
    description: '不予公开：行政执法案卷信息。',
  }),
  requestRow('withheldAdministrativeQuery', '属于行政查询事项', 'withheld', {
    short: '行政查询',
    variants: ['行政查询事项'],
    description: '不予公开：属于行政查询事项。',
  }),
  requestRow('unavailableNotHeld', '本机关不掌握相关政府信息', 'unavailable', {
    short: '本机关不掌握',
    variants: ['本机关不掌握相关信息', '本机关不掌握'],
    description: '无法提供：本机关不掌握相关政府信息。',
  }),
  requestRow('unavailableNeedsCreation', '没有现成信息需要另行制作', 'unavailable', {
    short: '需另行制作',
    description: '无法提供：没有现成信息，需要另行制作。',
  }),
  requestRow('unavailableUnclear', '补正后申请内容仍不明确', 'unavailable', {
    short: '补正后仍不明确',
    description: '无法提供：补正后申请内容仍不明确。',
  }),
  requestRow('notProcessedComplaint', '信访举报投诉类申请', 'notProcessed', {
    short: '信访举报投诉',
    description: '不予处理：信访、举报、投诉类申请。',
  }),
  requestRow('notProcessedDuplicate', '重复申请', 'notProcessed', { short: '重复申请', description: '不予处理：重复申请。' }),
  requestRow('notProcessedPublication', '要求提供公开出版物', 'notProcessed', {
    short: '公开出版物',
    description: '不予处理：要求提供公开出版物。',
  }),
  requestRow('notProcessedExcessive', '无正当理由大量反复申请', 'notProcessed', {
    short: '大量反复申请',
    description: '不予处理：无正当理由大量反复申请。',
  }),
  requestRow('notProcessedConfirmation', '要求行政机关确认或重新出具已获取信息', 'notProcessed', {
    short: '确认或重新出具',
    description: '不予处理：要求行政机关确认或重新出具已获取的信息。',
  }),
  requestRow('otherNoCorrection', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other', {
    short: '逾期不补正',
    variants: ['申请人无正当理由逾期不补正'],
    description: '其他处理：申请人无正当理由逾期不补正，行政机关不再处理。',
  }),
  requestRow('otherUnpaidFee', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'other', {
    short: '逾期未缴费',
    variants: ['申请人逾期未按收费通知要求缴纳费用'],
    description: '其他处理：申请人逾期未按收费通知缴纳费用，行政机关不再处理。',
  }),
  requestRow('otherOther', '其他', 'other', {
    short: '其他',
    // A report printing a single （六）其他处理 row (no sub-rows) is recorded here.
    variants: ['其他处理'],
    description: '其他处理：其他情形。只印一行“（六）其他处理”的报告，数字记在此行，另两行为空。',
  }),
  requestRow('totalHandled', '总计', 'handled', {
    short: '办理合计',
    variants: ['合计'],
    description: '本年度办理结果总计（第三项（七））。',
  }),
  requestRow('carriedForward', '结转下年度继续办理', 'outflow', {
    short: '结转下年',
    variants: ['结转下年度继续办理申请数量', '结转下一年度继续办理'],
    description: '结转到下一年度继续办理的申请（第四项）。',
  }),
] as const;

/** Group headings printed in the request table, for matching merged cells. */
export const requestTableHeadings = {
  outcomes: '本年度办理结果',
  applicants: '申请人情况',
  balanceNote: '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和',
} as const;

/* ------------------------------------------------------------------ */
/* 四、行政复议、行政诉讼                                               */
/* ------------------------------------------------------------------ */

/** The five result columns of each review group; the first four add up to `total`. */
export const reviewColumns = [
  field('upheld', '结果维持', { short: '维持', group: 'result', description: '结果维持。' }),
  field('corrected', '结果纠正', { short: '纠正', group: 'result', description: '结果纠正（撤销、变更、确认违法、责令履行等）。' }),
  field('other', '其他结果', { short: '其他', group: 'result', description: '其他结果（驳回、终止等）。' }),
  field('pending', '尚未审结', { short: '未审结', group: 'result', description: '尚未审结。' }),
  field('total', '总计', { short: '总计', group: 'total', description: '四项合计。' }),
] as const;

/** The three review groups, in printed order. */
export const reviewGroups = [
  field('reconsideration', '行政复议', { group: 'reconsideration', description: '涉及政府信息公开的行政复议案件。' }),
  field('litigationDirect', '未经复议直接起诉', {
    short: '直接起诉',
    group: 'litigation',
    description: '未经复议直接提起的行政诉讼。',
  }),
  field('litigationAfterReconsideration', '复议后起诉', {
    short: '复议后起诉',
    group: 'litigation',
    description: '经行政复议后提起的行政诉讼。',
  }),
] as const;

export const reviewHeadings = { litigation: '行政诉讼' } as const;

/* ------------------------------------------------------------------ */
/* 六、其他需要报告的事项 — stated in prose                              */
/* ------------------------------------------------------------------ */

export const processingFee = field('processingFeeYuan', '信息处理费', {
  short: '信息处理费（元）',
  unit: 'yuan',
  variants: ['信息公开处理费', '信息处理费用'],
  group: 'section6',
  description:
    '依《政府信息公开信息处理费管理办法》收取的信息处理费，单位元，见报告第六部分文字。“未收取”“没有产生”记为 0；未提及记为空。',
});

/* ------------------------------------------------------------------ */
/* Sections of the report                                             */
/* ------------------------------------------------------------------ */

/** The report's numbered sections; `tables` marks those that hold form tables. */
export const sections = [
  { key: 'overview', number: '一', label: '总体情况', variants: [] as string[], tables: false },
  { key: 'proactive', number: '二', label: '主动公开政府信息情况', variants: [], tables: true },
  { key: 'requests', number: '三', label: '收到和处理政府信息公开申请情况', variants: [], tables: true },
  {
    key: 'review',
    number: '四',
    label: '政府信息公开行政复议、行政诉讼情况',
    variants: ['政府信息公开行政复议行政诉讼情况'],
    tables: true,
  },
  { key: 'problems', number: '五', label: '存在的主要问题及改进情况', variants: [], tables: false },
  { key: 'other', number: '六', label: '其他需要报告的事项', variants: [], tables: false },
] as const;
export type SectionKey = (typeof sections)[number]['key'];

/** Header cells of table 二 that no record field hangs on, and the report's document type. */
export const formHeadings = {
  /** The document type in every title. */
  reportTitle: '政府信息公开工作年度报告',
  /** First header cell of each 第二十条 block in table 二. */
  content: '信息内容',
  /** Value header of the 第二十条第（五）（六）项 blocks. */
  decisions: '本年处理决定数量',
  /** Value header of the 第二十条第（八）项 block. */
  feeAmount: '本年收费金额（单位：万元）',
} as const;

/** Sub-headings of table 二 (第二十条第（x）项). */
export const article20Headings = {
  'article20-1': '第二十条第（一）项',
  'article20-5': '第二十条第（五）项',
  'article20-6': '第二十条第（六）项',
  'article20-8': '第二十条第（八）项',
} as const;

/* ------------------------------------------------------------------ */
/* The 2019 form (国办公开办函〔2019〕60号), used for 2019–2020 reports   */
/* ------------------------------------------------------------------ */

/** The two versions of the annual-report form. */
export const formVersions = {
  '2021': { label: '2021 年格式', document: '国办公开办函〔2021〕30号', years: '2021 年度起' },
  '2019': { label: '2019 年格式', document: '国办公开办函〔2019〕60号', years: '2019—2020 年度' },
} as const;
export type FormVersion = keyof typeof formVersions;

/**
 * Column sets of the 2019 form's §二 table. Its columns mean other things than
 * the 2021 form's (items made/published rather than issued/repealed; item counts
 * rather than fee amounts), so they are kept apart and never poured into the
 * 2021 fields — except 处理决定数量, which is the same figure as 2021's
 * 本年处理决定数量.
 */
export const proactive2019ColumnSets = {
  documents: [
    field('newlyMade', '本年新制作数量', { short: '新制作', variants: ['本年新制作'], group: 'documents-2019', description: '本年新制作的件数（2019 年格式）。' }),
    field('newlyPublished', '本年新公开数量', { short: '新公开', variants: ['本年新公开'], group: 'documents-2019', description: '本年新公开的件数（2019 年格式）。' }),
    field('publishedTotal', '对外公开总数量', { short: '公开总数', group: 'documents-2019', description: '累计对外公开的总件数（2019 年格式）。' }),
  ],
  items: [
    field('previousItems', '上一年项目数量', { short: '上年项目数', group: 'items-2019', description: '上一年的事项（项目）数量（2019 年格式）。' }),
    field('change', '本年增/减', { short: '本年增减', variants: ['本年增减', '本年增/减数量'], signed: true, group: 'items-2019', description: '本年事项（项目）增减数量（2019 年格式）。' }),
    field('decisions', '处理决定数量', { short: '处理决定', variants: ['本年处理决定数量'], group: 'items-2019', description: '本年作出的处理决定数量（与 2021 年格式的“本年处理决定数量”相同）。' }),
  ],
  fees: [
    field('previousItems', '上一年项目数量', { short: '上年项目数', group: 'items-2019', description: '上一年的收费项目数量（2019 年格式；不是金额）。' }),
    field('change', '本年增/减', { short: '本年增减', variants: ['本年增减'], signed: true, group: 'items-2019', description: '本年收费项目增减数量（2019 年格式）。' }),
  ],
  procurement: [
    field('projects', '采购项目数量', { short: '采购项目', group: 'procurement-2019', description: '政府集中采购项目数量（2019 年格式）。' }),
    field('amountWan', '采购总金额', { short: '采购金额（万元）', unit: 'wan-yuan', group: 'procurement-2019', description: '政府集中采购总金额，单位万元（2019 年格式）。' }),
  ],
} as const;
export type Proactive2019ColumnSet = keyof typeof proactive2019ColumnSets;

/** Rows of the 2019 form's §二 table, each with its column set. */
export const proactiveRows2019 = [
  { ...field('rules', '规章', { group: 'article20-1', description: '规章（2019 年格式）。' }), columns: 'documents' as const },
  { ...field('normativeDocuments', '规范性文件', { variants: ['行政规范性文件'], group: 'article20-1', description: '规范性文件（2019 年格式）。' }), columns: 'documents' as const },
  { ...field('licensing', '行政许可', { group: 'article20-5', description: '行政许可（2019 年格式）。' }), columns: 'items' as const },
  { ...field('otherServices', '其他对外管理服务事项', { short: '其他管理服务', group: 'article20-5', description: '其他对外管理服务事项（2019 年格式）。' }), columns: 'items' as const },
  { ...field('punishment', '行政处罚', { group: 'article20-6', description: '行政处罚（2019 年格式）。' }), columns: 'items' as const },
  { ...field('coercion', '行政强制', { group: 'article20-6', description: '行政强制（2019 年格式）。' }), columns: 'items' as const },
  { ...field('administrativeFees', '行政事业性收费', { group: 'article20-8', description: '行政事业性收费项目数量（2019 年格式；不是金额）。' }), columns: 'fees' as const },
  { ...field('procurement', '政府集中采购', { group: 'article20-9', description: '政府集中采购（2019 年格式）。' }), columns: 'procurement' as const },
] as const;

/** 2019 rows whose 处理决定数量 is the 2021 form's single figure of the same name. */
export const decisions2019To2021 = { licensing: 'licensing', punishment: 'punishment', coercion: 'coercion' } as const;

/** Header labels that only the 2019 form prints in §二. */
export const form2019Markers = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量'];

/* ------------------------------------------------------------------ */
/* Derived lists                                                      */
/* ------------------------------------------------------------------ */

export type DocumentColumnKey = (typeof documentColumns)[number]['key'];
export type DocumentRowKey = (typeof documentRows)[number]['key'];
export type ProactiveValueKey = (typeof proactiveValueRows)[number]['key'];
export type ApplicantColumnKey = (typeof applicantColumns)[number]['key'];
export type RequestRowKey = (typeof requestRows)[number]['key'];
export type ReviewColumnKey = (typeof reviewColumns)[number]['key'];
export type ReviewGroupKey = (typeof reviewGroups)[number]['key'];

export const requestRowKeys = requestRows.map((r) => r.key) as RequestRowKey[];
export const applicantColumnKeys = applicantColumns.map((c) => c.key) as ApplicantColumnKey[];
/** The six applicant columns that add up to `total`. */
export const applicantPartKeys = applicantColumnKeys.filter((k) => k !== 'total');
export const reviewColumnKeys = reviewColumns.map((c) => c.key) as ReviewColumnKey[];
export const reviewPartKeys = reviewColumnKeys.filter((k) => k !== 'total');
export const reviewGroupKeys = reviewGroups.map((g) => g.key) as ReviewGroupKey[];

/** The 21 outcome rows that add up to totalHandled. */
export const outcomeRowKeys = requestRows
  .filter((r) => !['intake', 'handled', 'outflow'].includes(r.group))
  .map((r) => r.key) as RequestRowKey[];

/** The eight 不予公开 grounds. */
export const withheldRowKeys = requestRows.filter((r) => r.group === 'withheld').map((r) => r.key) as RequestRowKey[];

export function requestRowDef(key: RequestRowKey) {
  return requestRows.find((r) => r.key === key)!;
}

/**
 * One leaf value of the record: a path into the record plus everything a
 * table header, CSV column or methodology entry needs.
 */
export interface LeafField {
  /** Dotted path into the record, e.g. `requests.granted.natural`. */
  readonly path: string;
  /** Full Chinese label, e.g. `三、予以公开 · 自然人`. */
  readonly label: string;
  readonly unit: Unit;
  /** May be negative. */
  readonly signed?: boolean;
  /** Section key of the form. */
  readonly section: 'proactive' | 'requests' | 'review' | 'other';
  readonly description: string;
}

/** Every numeric leaf of the record, in form order. CSV columns follow this list. */
export function leafFields(): LeafField[] {
  const out: LeafField[] = [];
  for (const row of documentRows) {
    for (const col of documentColumns) {
      out.push({
        path: `proactive.${row.key}.${col.key}`,
        label: `二、${row.label} · ${col.label}`,
        unit: 'count',
        section: 'proactive',
        description: `${row.description}${col.description}`,
      });
    }
  }
  for (const row of proactiveValueRows) {
    out.push({
      path: `proactive.${row.key}`,
      label: `二、${row.label}${row.unit === 'wan-yuan' ? '（万元）' : ''}`,
      unit: row.unit,
      section: 'proactive',
      description: row.description,
    });
  }
  for (const row of requestRows) {
    for (const col of applicantColumns) {
      out.push({
        path: `requests.${row.key}.${col.key}`,
        label: `三、${row.short} · ${col.short}`,
        unit: 'count',
        section: 'requests',
        description: `${row.description}申请人：${col.label}。`,
      });
    }
  }
  for (const group of reviewGroups) {
    for (const col of reviewColumns) {
      out.push({
        path: `review.${group.key}.${col.key}`,
        label: `四、${group.label} · ${col.label}`,
        unit: 'count',
        section: 'review',
        description: `${group.description}${col.description}`,
      });
    }
  }
  for (const row of proactiveRows2019) {
    for (const col of proactive2019ColumnSets[row.columns]) {
      out.push({
        path: `proactive2019.${row.key}.${col.key}`,
        label: `二（2019 年格式）、${row.label} · ${col.label}`,
        unit: col.unit,
        signed: col.signed,
        section: 'proactive',
        description: `${row.description}${col.description}`,
      });
    }
  }
  out.push({
    path: processingFee.key,
    label: `六、${processingFee.label}（元）`,
    unit: 'yuan',
    section: 'other',
    description: processingFee.description,
  });
  return out;
}

export const unitLabels: Record<Unit, string> = { count: '件', 'wan-yuan': '万元', yuan: '元' };
