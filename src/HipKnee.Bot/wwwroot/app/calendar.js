// The last twelve weeks, Monday first: one row a week, each day coloured by what happened, with a legend.
import { byId, el, formatDay, setText, spoken } from './dom.js';
import { legendOrder, statusLabel } from './status.js';

function dayCell(day, language, labels, showMonth) {
  const cell = el('td', 'cell status-' + day.status);
  cell.dataset.date = day.date;
  if (day.today) {
    cell.classList.add('today');
    cell.setAttribute('aria-current', 'date');
  }
  // What the eye reads (day number, month where it starts); a screen reader gets the full date and status instead.
  const seen = [el('span', 'date', String(Number(day.date.slice(8, 10))))];
  if (showMonth) {
    seen.unshift(el('span', 'month', formatDay(day.date, language, { month: 'short' })));
  }
  for (const part of seen) {
    part.setAttribute('aria-hidden', 'true');
  }
  cell.append(...seen);
  const said = statusLabel(labels, day.status);
  cell.append(spoken(formatDay(day.date, language, { day: 'numeric', month: 'long' }) + (said ? ': ' + said : '')));
  return cell;
}

export function renderCalendar(me) {
  const labels = me.labels;
  setText('calendar-heading', labels.lastWeeks);
  byId('calendar-weekdays').replaceChildren(...me.calendar.weekdays.map((name) => {
    const header = el('th', null, name);
    header.scope = 'col';
    return header;
  }));

  let first = true;
  byId('calendar-weeks').replaceChildren(...me.calendar.weeks.map((week) => {
    const row = el('tr');
    row.append(...week.days.map((day) => {
      // The month is named in the first cell and where a new month begins, so the numbers can be placed.
      const cell = dayCell(day, me.language, labels, first || day.date.endsWith('-01'));
      first = false;
      return cell;
    }));
    return row;
  }));

  byId('legend').replaceChildren(...legendOrder.map((status) => {
    const item = el('li', 'legend-item');
    item.append(el('span', 'swatch cell status-' + status), el('span', null, statusLabel(labels, status)));
    return item;
  }));
}
