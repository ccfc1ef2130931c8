/**
 * Printed header text of the form that the field catalogue does not (yet)
 * define, because no record field hangs on it. Kept in this one place so
 * moving it into src/model/catalogue.ts later is a one-line change per entry.
 */
export const formText = {
  /** The document type in every title. */
  reportTitle: '政府信息公开工作年度报告',
  /** First header cell of each 第二十条 block in table 二. */
  contentHeader: '信息内容',
  /** Value header of the 第二十条第（五）（六）项 blocks. */
  decisionsHeader: '本年处理决定数量',
  /** Value header of the 第二十条第（八）项 block. */
  feesHeader: '本年收费金额（单位：万元）',
} as const;

/** The line every synthetic file carries near the top, so no one mistakes it for a real report. */
export const syntheticMarker = '（合成测试数据 synthetic test data：本文件由 Disclosure Atlas 生成器虚构，数字不代表任何机关的真实情况）';
