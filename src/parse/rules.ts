/**
 * What the parser itself reports while reading a file (as opposed to the
 * check rules, which judge a finished record). Same shape as the check rules,
 * so the methodology page, docs and linter describe every code in one list.
 */
import type { CheckRuleMeta } from '../checks/types.ts';

export const parserRules: readonly CheckRuleMeta[] = [
  { code: 'value-count', severity: 'warning', title: '数字个数不符', description: '一行印出的数字比表格式的栏数多或少。多出的数字按行内加总关系（申请人各栏之和等于总计；复议诉讼各组四项之和等于总计）去掉，唯一确定时为提示；无法确定时按顺序取用或补空，为警告。' },
  { code: 'split-decided', severity: 'info', title: '连写数字已拆分', description: '从网页复制时单元格边界丢失、数字连在一起（如“规章000”“申请数量3510000036”），按加总关系或位数唯一拆分。' },
  { code: 'split-ambiguous', severity: 'warning', title: '连写数字无法唯一拆分', description: '连在一起的数字有多种拆法都满足加总关系，不作猜测，记为空并列出可能的读法。' },
  { code: 'label-approximate', severity: 'info', title: '行名近似匹配', description: '印出的行名与表格式中的行名有错别字或漏字（如“其他法律行政止公开”），按相近行名识别。' },
  { code: 'unplaced-row', severity: 'warning', title: '无法归位的行', description: '表格中有数字的行，行名对不上表格式中的任何一行，未计入记录。' },
  { code: 'duplicate-row', severity: 'warning', title: '重复的行', description: '同一行出现两次（表格重复粘贴）：数字相同为提示，不同为警告；采用第一次出现的数字。' },
  { code: 'negative-figure', severity: 'error', title: '负数', description: '件数或金额印为负数（2019 年格式的“本年增/减”除外），按印的数字记录。' },
  { code: 'fractional-count', severity: 'error', title: '件数不是整数', description: '应为整数的件数印有小数，按印的数字记录。' },
  { code: 'approximate-figure', severity: 'warning', title: '约数', description: '表格中印的是约数（“约30”“30余”），按其中的数字记录并标出。' },
  { code: 'not-a-number', severity: 'warning', title: '应为数字处印有文字', description: '表格中应填数字的单元格印有文字（“若干”“无数据”），记为空。' },
  { code: 'form-2019', severity: 'info', title: '2019 年旧格式', description: '第二部分按 2019 年格式（国办公开办函〔2019〕60号）填报，各列含义不同，另行记录；只有“处理决定数量”计入 2021 年格式的对应项。' },
  { code: 'two-reports', severity: 'error', title: '一个文件含两份报告', description: '文件中出现第二份年度报告（第二个标题和表格），只读取第一份。' },
  { code: 'markup-in-text', severity: 'warning', title: '正文含网页代码', description: '文本报告中夹有网页标记（<script>、事件属性等），作为文字处理，不会执行。' },
  { code: 'invalid-bytes', severity: 'warning', title: '个别字节无法解码', description: '文件中有少量无法按 UTF-8 解码的字节，以替换字符读出，并指明所在行。' },
];
