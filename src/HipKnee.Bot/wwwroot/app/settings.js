// The settings panel: each change is one PUT under /app/api/settings/, answered with a fresh /me document that the
// page re-renders from. A refusal (400 and the like) shows the server's message, already in the user's language.
import { call } from './api.js';
import { byId, el, setText } from './dom.js';
import { fillZones, wireZoneSearch } from './zones.js';

let current = null;
let redraw = () => {};

function fill(me) {
  const labels = me.labels;
  const settings = me.settings;
  setText('settings-heading', labels.settings);
  setText('days-legend', labels.trainingDays);
  setText('time-label', labels.reminderTime);
  setText('schedule-save', labels.save);
  setText('zone-label', labels.timeZone);
  byId('zone-search').placeholder = labels.searchZone;
  setText('zone-save', labels.save);
  setText('paused-label', labels.pauseReminders);
  setText('pictures-label', labels.pictures);
  setText('summary-label', labels.weeklySummary);
  setText('language-label', labels.language);

  byId('days').replaceChildren(...me.choices.weekdays.map((day) => {
    const label = el('label', 'day-choice');
    const box = el('input');
    box.type = 'checkbox';
    box.name = 'day';
    box.value = day.key;
    box.checked = settings.days.includes(day.key);
    label.append(box, el('span', null, day.label));
    return label;
  }));
  byId('time').value = settings.time || '';
  byId('paused').checked = settings.paused;
  byId('pictures').checked = settings.pictures;
  byId('summary').checked = settings.summary;
  byId('language').replaceChildren(...me.choices.languages.map((choice) => {
    const option = el('option', null, choice.label);
    option.value = choice.key;
    option.selected = choice.key === settings.language;
    return option;
  }));
  fillZones(settings.timeZone);
}

function say(error) {
  const problem = byId('settings-error');
  problem.textContent = error ? error.message : '';
  problem.hidden = !problem.textContent;
  setText('settings-status', error ? '' : current.labels.saved);
}

/**
 * Sends one change; on success re-renders everything. On refusal it shows why: a switch or list flips back to what is
 * stored, while a form keeps what the runner typed so they can correct it.
 */
async function change(path, body, busy, keepInput) {
  for (const control of busy) {
    control.disabled = true;
  }
  try {
    const me = await call('PUT', 'api/settings/' + path, body);
    current = me;
    redraw(me);
    fill(me);
    say(null);
  } catch (error) {
    if (!keepInput) {
      fill(current);
    }
    say(error);
  } finally {
    for (const control of busy) {
      control.disabled = false;
    }
  }
}

export function wireSettings(me, render) {
  current = me;
  redraw = render;
  fill(me);
  wireZoneSearch();

  byId('schedule-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const days = [...document.querySelectorAll('#days input:checked')].map((box) => box.value);
    change('schedule', { days, time: byId('time').value }, [byId('schedule-save')], true);
  });
  byId('zone-form').addEventListener('submit', (event) => {
    event.preventDefault();
    change('timezone', { timeZone: byId('zone').value }, [byId('zone-save')], true);
  });
  byId('paused').addEventListener('change', (event) => change('paused', { paused: event.target.checked }, [event.target]));
  byId('pictures').addEventListener('change', (event) => change('pictures', { on: event.target.checked }, [event.target]));
  byId('summary').addEventListener('change', (event) => change('summary', { on: event.target.checked }, [event.target]));
  byId('language').addEventListener('change', (event) => change('language', { language: event.target.value }, [event.target]));
}
