/**
 * The atlas's charts: each function takes records (and options), shapes its
 * data (data.ts), renders an SVG with Observable Plot at build time and
 * returns a ChartFigure for src/components/ChartFigure.astro.
 */
export type { ChartFigure, ChartTable, CorpusChartOptions, RegionChartOptions } from './types.ts';
export { outcomeChart, refusalGroundsChart, applicantChart, yearOverYearChart } from './region.ts';
export { requestsRankingChart, requestsDistributionChart, applicantMixChart, requestsByYearChart } from './requests.ts';
export { refusalSharesChart, refusalHeatmapChart } from './refusals.ts';
export { adminFeesChart, processingFeesChart } from './fees.ts';
export { reviewOutcomesChart, correctedShareChart } from './reviews.ts';
