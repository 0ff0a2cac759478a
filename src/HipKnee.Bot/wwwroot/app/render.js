// Renders GET /app/api/me: each section from its part of the document, every text from the API's labels.
import { byId, el, setText, spoken } from './dom.js';
import { renderCalendar } from './calendar.js';
import { renderPainChart } from './painchart.js';
import { statusLabel } from './status.js';

function renderWeek(me) {
  const labels = me.labels;
  setText('week-heading', labels.thisWeek);
  setText('week-text', me.week.text);
  const list = byId('week-days');
  list.replaceChildren(...me.week.days.map((day) => {
    const item = el('li', 'day status-' + day.status);
    if (day.today) {
      item.classList.add('today');
      item.setAttribute('aria-current', 'date');
    }
    item.append(el('span', 'weekday', day.weekday), el('span', 'mark'));
    const said = statusLabel(labels, day.status);
    if (said) {
      item.append(spoken(said));
    }
    return item;
  }));
}

function renderReminder(me) {
  setText('reminder-heading', me.labels.nextReminder);
  setText('reminder-text', me.nextReminder ? me.nextReminder.text : me.labels.noReminder);
}

function renderPain(me) {
  setText('pain-heading', me.labels.painTrend);
  setText('pain-text', me.pain.points.length ? me.pain.trendText : me.labels.noPainYet);
  renderPainChart(byId('pain-chart'), me);
}

function renderExercises(me) {
  setText('levels-heading', me.labels.levels);
  byId('exercises').replaceChildren(...me.exercises.map((exercise) => {
    const item = el('li', 'exercise');
    item.dataset.exercise = exercise.id;
    const picture = el('img', 'picture');
    picture.src = exercise.picture;
    picture.alt = exercise.name;
    picture.width = 1280;
    picture.height = 720;
    const level = el('p', 'level');
    level.append(el('strong', null, exercise.levelText), document.createTextNode(' · ' + exercise.dose));
    item.append(el('h3', null, exercise.name), level, picture, el('p', 'move-up', exercise.moveUp));
    return item;
  }));
}

/** Draws the whole page from one /me document (also after each settings change, which answers with a fresh one). */
export function render(me) {
  document.documentElement.lang = me.language === 'zh' ? 'zh-Hans' : 'en';
  document.title = me.labels.title;
  setText('title', me.labels.title);
  byId('problem').hidden = true;
  renderWeek(me);
  renderReminder(me);
  renderCalendar(me);
  renderPain(me);
  renderExercises(me);
  for (const section of document.querySelectorAll('main > section')) {
    section.hidden = false;
  }
}
