import { formHeadings } from '../model/catalogue.ts';

/** Header texts of the form, as the renderers name them (defined in the catalogue). */
export const formText = {
  reportTitle: formHeadings.reportTitle,
  contentHeader: formHeadings.content,
  decisionsHeader: formHeadings.decisions,
  feesHeader: formHeadings.feeAmount,
} as const;

/** The line every synthetic file carries near the top, so no one mistakes it for a real report. */
export const syntheticMarker = '（合成测试数据 synthetic test data：本文件由 Disclosure Atlas 生成器虚构，数字不代表任何机关的真实情况）';
