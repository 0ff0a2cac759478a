// The knee-pain answers after sessions over the calendar's twelve weeks, drawn by hand as a small SVG: a line of
// 0–10 scores placed by date, so a gap without answers shows as a gap in time.
import { dayOf, formatDay } from './dom.js';

const svgNs = 'http://www.w3.org/2000/svg';
const width = 340;
const height = 170;
const plot = { left: 26, right: 10, top: 22, bottom: 24 };

function svg(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function scales(me) {
  const weeks = me.calendar.weeks;
  const from = dayOf(weeks[0].days[0].date).getTime();
  const to = dayOf(weeks[weeks.length - 1].days[6].date).getTime();
  const x = (date) => plot.left + ((dayOf(date).getTime() - from) / Math.max(1, to - from)) * (width - plot.left - plot.right);
  const y = (score) => plot.top + (1 - score / 10) * (height - plot.top - plot.bottom);
  return { x, y, first: weeks[0].days[0].date, last: weeks[weeks.length - 1].days[6].date };
}

/** Replaces the chart in <paramref name="container"/>; nothing is drawn without answers (the text says so). */
export function renderPainChart(container, me) {
  const points = me.pain.points;
  if (!points.length) {
    container.replaceChildren();
    return;
  }

  const { x, y, first, last } = scales(me);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': me.pain.trendText, class: 'chart' });
  chart.append(svg('text', { x: 0, y: 12, class: 'axis-title' }, me.labels.painAxis));
  for (const tick of [0, 5, 10]) {
    chart.append(svg('line', { x1: plot.left, x2: width - plot.right, y1: y(tick), y2: y(tick), class: 'grid' }));
    chart.append(svg('text', { x: plot.left - 6, y: y(tick) + 4, class: 'tick', 'text-anchor': 'end' }, String(tick)));
  }
  const dateOptions = { day: 'numeric', month: 'short' };
  chart.append(svg('text', { x: plot.left, y: height - 6, class: 'tick' }, formatDay(first, me.language, dateOptions)));
  chart.append(svg('text', { x: width - plot.right, y: height - 6, class: 'tick', 'text-anchor': 'end' }, formatDay(last, me.language, dateOptions)));

  const line = points.map((p) => `${x(p.date).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  chart.append(svg('polyline', { points: line, class: 'line' }));
  for (const p of points) {
    const dot = svg('circle', { cx: x(p.date).toFixed(1), cy: y(p.score).toFixed(1), r: 4, class: 'dot' });
    dot.append(svg('title', {}, `${formatDay(p.date, me.language, dateOptions)}: ${p.score}/10`));
    chart.append(dot);
  }
  const latest = points[points.length - 1];
  // Above the last dot, or below it when the score is near the top.
  const labelY = latest.score > 7 ? y(latest.score) + 18 : y(latest.score) - 9;
  chart.append(svg('text', { x: x(latest.date), y: labelY, class: 'latest', 'text-anchor': 'end' }, `${latest.score}/10`));
  container.replaceChildren(chart);
}
