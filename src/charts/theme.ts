/**
 * Visual constants shared by every chart: fonts, palette, sizes and the fixed
 * class names that keep builds byte-reproducible.
 */

/** Chinese-first font stack; the SVG names it so text renders the same in every browser that has one of these. */
export const fontStack = '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif';

/** Base font size (px) of chart text. */
export const fontSize = 14;

/** Width (px) of the SVG coordinate system; pages scale it down through the viewBox. */
export const chartWidth = 560;

/**
 * Okabe–Ito, the colour-blind-safe qualitative palette (yellow left out: too
 * pale on white). Order is the order categories get colours in.
 */
export const categorical = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'] as const;

/** The colour of single-series bars. */
export const barColour = categorical[0];

/** Fill for cells whose figure is missing (blank or "/" in the report). */
export const missingColour = '#d9d9d9';

/**
 * Sequential single-hue blues for shares (readable with every common colour
 * vision deficiency because only lightness changes). `from` is inclusive.
 */
export const shareBuckets = [
  { from: 0, label: '0', colour: '#f7fbff', dark: false },
  { from: Number.MIN_VALUE, label: '<1%', colour: '#deebf7', dark: false },
  { from: 0.01, label: '1–5%', colour: '#c6dbef', dark: false },
  { from: 0.05, label: '5–10%', colour: '#9ecae1', dark: false },
  { from: 0.1, label: '10–25%', colour: '#6baed6', dark: false },
  { from: 0.25, label: '25–50%', colour: '#3182bd', dark: true },
  { from: 0.5, label: '≥50%', colour: '#08519c', dark: true },
] as const;

/** Class name prefix of every chart SVG: `atlas-chart atlas-chart-<kind>`. */
export const classPrefix = 'atlas-chart';

/** Black or white, whichever reads better on `background` (#rrggbb), by WCAG relative luminance. */
export function textColourOn(background: string): '#000' | '#fff' {
  const channel = (i: number) => {
    const c = parseInt(background.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with black is (L+0.05)/0.05, with white 1.05/(L+0.05); pick the larger.
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}
