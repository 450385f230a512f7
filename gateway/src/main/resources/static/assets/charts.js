// Small dependency-free SVG charts, built with DOM APIs only: every label reaches the page as
// text (textContent), never as markup. Each chart is an <svg role="img"> with <title> and <desc>
// and is drawn for a given pixel width (callers redraw on resize), so text stays readable from
// 390 px phones to desktop windows. Colours are the Okabe–Ito colour-blind-safe palette; meaning
// never rests on colour alone (labels, values, marker shapes and dash patterns carry it too).

const SVG = 'http://www.w3.org/2000/svg';

/** Okabe & Ito (2008), "Color Universal Design". */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000', '#F0E442'];
/** Ordered levels 1..4: a diverging, colour-blind-safe scale (vermillion → orange → sky → blue). */
export const LEVEL_COLOURS = ['#D55E00', '#E69F00', '#56B4E9', '#0072B2'];
const LEVEL_TEXT = ['#000', '#000', '#000', '#fff'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'];

let ids = 0;

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function text(x, y, content, attributes) {
  const node = svg('text', { x, y, ...attributes });
  node.textContent = content;
  return node;
}

/** An accessible chart root: role=img, aria-labelledby its <title> and <desc>. */
function root(width, height, title, description, kind) {
  const id = `chart-${++ids}`;
  const titleNode = svg('title', { id: `${id}-title` });
  titleNode.textContent = title;
  const descNode = svg('desc', { id: `${id}-desc` });
  descNode.textContent = description || '';
  return svg('svg', {
    class: `chart ${kind}`, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`, 'aria-label': title, 'data-chart': kind,
  }, titleNode, descNode);
}

const format = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const signed = (value, digits = 2) => (Number.isFinite(value) ? `${value > 0 ? '+' : ''}${value.toFixed(digits)}` : '–');

function scale(domainMin, domainMax, rangeMin, rangeMax) {
  const span = domainMax - domainMin || 1;
  return (value) => rangeMin + ((value - domainMin) / span) * (rangeMax - rangeMin);
}

function ticks(min, max, count = 5) {
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) || raw;
  const out = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** Decimals enough to tell the ticks apart, the same for all: 0.25 steps → 2, 0.5 → 1. */
function tickDigits(axis) {
  if (axis.length < 2) return 1;
  const step = Math.abs(axis[1] - axis[0]);
  for (let digits = 0; digits < 3; digits++) {
    if (Math.abs(Math.round(step * 10 ** digits) - step * 10 ** digits) < 1e-6) return Math.max(1, digits);
  }
  return 2;
}

/**
 * Horizontal bars from zero with an interval (error bar) per row, a zero line and optional
 * background bands (interpretation ranges). rows: [{ label, value, lower, upper, highlight, key }].
 * Each row's label sits above its bar, so long names never squeeze the plot on narrow screens.
 */
export function intervalChart({ title, description, rows, width, domain, bands, valueLabel = (r) => signed(r.value), kind = 'interval' }) {
  const margin = { left: 8, right: 12, top: bands ? 30 : 8, bottom: 26 };
  const rowHeight = 44;
  const height = margin.top + rows.length * rowHeight + margin.bottom;
  const chart = root(width, height, title, description, kind);
  const finite = rows.flatMap((r) => [r.value, r.lower, r.upper]).filter(Number.isFinite);
  let [min, max] = domain || [Math.min(0, ...finite), Math.max(0, ...finite)];
  if (!domain) {
    const pad = (max - min || 1) * 0.08;
    min -= pad;
    max += pad;
  }
  const x = scale(min, max, margin.left, width - margin.right);
  const clamp = (v) => Math.max(min, Math.min(max, v));
  const plotBottom = height - margin.bottom;

  if (bands) {
    const legend = svg('g', { class: 'bands-legend' });
    bands.forEach((band) => {
      const from = x(clamp(band.from));
      const to = x(clamp(band.to));
      if (to <= from) return;
      chart.append(svg('rect', { x: from, y: margin.top, width: to - from, height: plotBottom - margin.top, fill: band.colour, 'data-band': band.label }));
      const mid = (from + to) / 2;
      if (to - from > 34) legend.append(text(mid, margin.top - 8, band.label, { 'text-anchor': 'middle', class: 'band-label' }));
    });
    chart.append(legend);
  }
  const axis = ticks(min, max, width < 480 ? 4 : 8);
  for (const t of axis) {
    chart.append(svg('line', { x1: x(t), x2: x(t), y1: margin.top, y2: plotBottom, class: 'grid' }));
    chart.append(text(x(t), plotBottom + 16, format(t, tickDigits(axis)), { 'text-anchor': 'middle', class: 'tick' }));
  }
  if (min < 0 && max > 0) {
    chart.append(svg('line', { x1: x(0), x2: x(0), y1: margin.top - 2, y2: plotBottom, class: 'zero-line' }));
  }
  rows.forEach((row, index) => {
    const top = margin.top + index * rowHeight;
    const barY = top + 20;
    const group = svg('g', { class: `bar-row${row.highlight ? ' highlight' : ''}`, 'data-key': row.key ?? row.label, 'data-value': row.value });
    const tip = svg('title');
    tip.textContent = `${row.label}: ${valueLabel(row)}${Number.isFinite(row.lower) ? ` (95% interval ${format(row.lower)} to ${format(row.upper)})` : ''}`;
    group.append(tip);
    group.append(text(margin.left, top + 13, `${row.label}  ${valueLabel(row)}`, { class: 'row-label' }));
    if (Number.isFinite(row.value)) {
      const from = x(clamp(Math.min(0, row.value)));
      const to = x(clamp(Math.max(0, row.value)));
      const colour = row.colour || (row.value < 0 ? PALETTE[0] : PALETTE[1]);
      group.append(svg('rect', { x: from, y: barY, width: Math.max(1.5, to - from), height: 14, fill: colour, class: 'bar', rx: 2 }));
    }
    if (Number.isFinite(row.lower) && Number.isFinite(row.upper)) {
      const lo = x(clamp(row.lower));
      const hi = x(clamp(row.upper));
      const mid = barY + 7;
      group.append(svg('line', { x1: lo, x2: hi, y1: mid, y2: mid, class: 'whisker' }));
      group.append(svg('line', { x1: lo, x2: lo, y1: mid - 6, y2: mid + 6, class: 'whisker' }));
      group.append(svg('line', { x1: hi, x2: hi, y1: mid - 6, y2: mid + 6, class: 'whisker' }));
    }
    if (Number.isFinite(row.value)) {
      group.append(svg('circle', { cx: x(clamp(row.value)), cy: barY + 7, r: 3.5, class: 'point' }));
    }
    chart.append(group);
  });
  return chart;
}

/**
 * 100 % stacked horizontal bars of counts per level. rows: [{ label, counts: [n1, n2, n3, n4] }].
 * The legend names each level; counts are written inside segments wide enough to hold them.
 */
export function stackedChart({ title, description, rows, width, keys = ['Level 1', 'Level 2', 'Level 3', 'Level 4'] }) {
  const margin = { left: 8, right: 12, top: 30, bottom: 8 };
  const rowHeight = 44;
  const height = margin.top + rows.length * rowHeight + margin.bottom;
  const chart = root(width, height, title, description, 'stacked');
  const legend = svg('g', { class: 'legend' });
  const slot = Math.min(110, (width - margin.left - margin.right) / keys.length);
  keys.forEach((key, i) => {
    const lx = margin.left + i * slot;
    legend.append(svg('rect', { x: lx, y: 6, width: 12, height: 12, fill: LEVEL_COLOURS[i], rx: 2 }));
    legend.append(text(lx + 16, 16, key, { class: 'legend-label' }));
  });
  chart.append(legend);
  const x = scale(0, 1, margin.left, width - margin.right);
  rows.forEach((row, index) => {
    const top = margin.top + index * rowHeight;
    const total = row.counts.reduce((a, b) => a + b, 0);
    const group = svg('g', { class: 'stack-row', 'data-key': row.label, 'data-total': total });
    group.append(text(margin.left, top + 13, `${row.label}  (n = ${total})`, { class: 'row-label' }));
    let cumulative = 0;
    row.counts.forEach((count, i) => {
      if (!count) return;
      const from = x(cumulative / total);
      cumulative += count;
      const to = x(cumulative / total);
      const segment = svg('rect', { x: from, y: top + 19, width: Math.max(1, to - from), height: 18, fill: LEVEL_COLOURS[i], class: 'segment', 'data-level': i + 1, 'data-count': count });
      const tip = svg('title');
      tip.textContent = `${row.label}: ${keys[i]} ${count} of ${total} (${Math.round((count / total) * 100)} %)`;
      segment.append(tip);
      group.append(segment);
      if (to - from >= 18) {
        group.append(text((from + to) / 2, top + 32, String(count), { 'text-anchor': 'middle', class: 'segment-label', fill: LEVEL_TEXT[i] }));
      }
    });
    chart.append(group);
  });
  return chart;
}

/**
 * Lines over ordered categories (months), one per series, with marker shapes and dash patterns
 * that differ as well as the colour, and a zero line. series: [{ name, points: [{ x, y }] }].
 */
export function lineChart({ title, description, categories, series, width, yLabel = '' }) {
  const legendRows = Math.ceil(series.length / Math.max(1, Math.floor((width - 16) / 170)));
  const margin = { left: 44, right: 14, top: 12 + legendRows * 20, bottom: 30 };
  const height = Math.max(220, Math.min(320, Math.round(width * 0.45))) + legendRows * 20;
  const chart = root(width, height, title, description, 'line');
  const values = series.flatMap((s) => s.points.map((p) => p.y)).filter(Number.isFinite);
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  const pad = (max - min || 1) * 0.1;
  min -= pad;
  max += pad;
  const y = scale(min, max, height - margin.bottom, margin.top);
  const step = categories.length > 1 ? (width - margin.left - margin.right) / (categories.length - 1) : 0;
  const x = (i) => (categories.length > 1 ? margin.left + i * step : (margin.left + width - margin.right) / 2);

  const perRow = Math.max(1, Math.floor((width - 16) / 170));
  series.forEach((s, i) => {
    const lx = 8 + (i % perRow) * 170;
    const ly = 12 + Math.floor(i / perRow) * 20;
    const item = svg('g', { class: 'legend-item' });
    item.append(svg('line', { x1: lx, x2: lx + 24, y1: ly, y2: ly, stroke: PALETTE[i % PALETTE.length], 'stroke-width': 2.5, 'stroke-dasharray': DASHES[i % DASHES.length] || null }));
    item.append(marker(lx + 12, ly, i));
    item.append(text(lx + 30, ly + 4, s.name, { class: 'legend-label' }));
    chart.append(item);
  });
  const axis = ticks(min, max, 5);
  for (const t of axis) {
    chart.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: y(t), y2: y(t), class: 'grid' }));
    chart.append(text(margin.left - 6, y(t) + 4, format(t, tickDigits(axis)), { 'text-anchor': 'end', class: 'tick' }));
  }
  chart.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), class: 'zero-line' }));
  const every = Math.max(1, Math.ceil(categories.length / Math.max(2, Math.floor((width - margin.left) / 64))));
  categories.forEach((category, i) => {
    const anchor = categories.length > 1 && i === 0 ? 'start' : categories.length > 1 && i === categories.length - 1 ? 'end' : 'middle';
    if (i % every === 0 || i === categories.length - 1) chart.append(text(x(i), height - margin.bottom + 18, category, { 'text-anchor': anchor, class: 'tick' }));
  });
  if (yLabel) {
    chart.append(text(12, (margin.top + height - margin.bottom) / 2, yLabel, { class: 'tick axis-label', transform: `rotate(-90 12 ${(margin.top + height - margin.bottom) / 2})`, 'text-anchor': 'middle' }));
  }
  series.forEach((s, i) => {
    const colour = PALETTE[i % PALETTE.length];
    const points = s.points
      .filter((p) => Number.isFinite(p.y) && categories.includes(p.x))
      .map((p) => ({ ...p, cx: x(categories.indexOf(p.x)), cy: y(p.y) }));
    const group = svg('g', { class: 'series', 'data-series': s.name, 'data-points': points.length });
    if (points.length > 1) {
      group.append(svg('polyline', {
        points: points.map((p) => `${p.cx},${p.cy}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2.5,
        'stroke-dasharray': DASHES[i % DASHES.length] || null, class: 'series-line',
      }));
    }
    points.forEach((p) => {
      const m = marker(p.cx, p.cy, i);
      const tip = svg('title');
      tip.textContent = `${s.name}, ${p.x}: ${signed(p.y)}${p.n ? ` (${p.n} scores)` : ''}`;
      m.append(tip);
      group.append(m);
    });
    chart.append(group);
  });
  return chart;
}

function marker(cx, cy, index) {
  const colour = PALETTE[index % PALETTE.length];
  const shape = MARKERS[index % MARKERS.length];
  const attributes = { fill: colour, stroke: '#fff', 'stroke-width': 1, class: 'marker' };
  if (shape === 'square') return svg('rect', { x: cx - 4, y: cy - 4, width: 8, height: 8, ...attributes });
  if (shape === 'triangle') return svg('polygon', { points: `${cx},${cy - 5} ${cx + 5},${cy + 4} ${cx - 5},${cy + 4}`, ...attributes });
  if (shape === 'diamond') return svg('polygon', { points: `${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5} ${cx - 5},${cy}`, ...attributes });
  return svg('circle', { cx, cy, r: 4.5, ...attributes });
}

/** Interpretation bands (pale, colour-blind-safe tints) for agreement coefficients. */
export const BANDS = {
  // Koo & Li (2016) for ICCs
  icc: [
    { from: -1, to: 0.5, label: 'poor', colour: '#fbe3d6' },
    { from: 0.5, to: 0.75, label: 'moderate', colour: '#fdf0d2' },
    { from: 0.75, to: 0.9, label: 'good', colour: '#dcecf7' },
    { from: 0.9, to: 1, label: 'excellent', colour: '#cfe3f1' },
  ],
  // Krippendorff (2004): ≥ .800 reliable, ≥ .667 tentative conclusions only
  alpha: [
    { from: -1, to: 0.667, label: 'unreliable', colour: '#fbe3d6' },
    { from: 0.667, to: 0.8, label: 'tentative', colour: '#fdf0d2' },
    { from: 0.8, to: 1, label: 'reliable', colour: '#dcecf7' },
  ],
  // Landis & Koch (1977) for kappa
  kappa: [
    { from: -1, to: 0, label: 'poor', colour: '#fbe3d6' },
    { from: 0, to: 0.2, label: 'slight', colour: '#fce9dd' },
    { from: 0.2, to: 0.4, label: 'fair', colour: '#fdf0d2' },
    { from: 0.4, to: 0.6, label: 'moderate', colour: '#eef4dc' },
    { from: 0.6, to: 0.8, label: 'substantial', colour: '#dcecf7' },
    { from: 0.8, to: 1, label: 'almost perfect', colour: '#cfe3f1' },
  ],
};

/** The band a value falls in, as words ("good"), or '' when it cannot be computed. */
export function interpret(value, bands) {
  if (!Number.isFinite(value)) return '';
  const band = bands.find((b) => value < b.to) || bands[bands.length - 1];
  return band.label;
}
