// The time-zone picker: the server's list of zones, narrowed as the runner types ("berlin", "new york", "+08").
import { call } from './api.js';
import { byId, el } from './dom.js';

let zones = [];
let chosen = '';

function normalized(text) {
  return text.toLowerCase().replace(/[_/]/g, ' ');
}

function show() {
  const words = normalized(byId('zone-search').value).split(/\s+/).filter(Boolean);
  const known = !chosen || zones.some((zone) => zone.id === chosen);
  const all = known ? zones : [{ id: chosen, label: chosen }, ...zones];
  const matching = all.filter((zone) => zone.id === chosen || words.every((word) => normalized(zone.label).includes(word)));
  byId('zone').replaceChildren(...matching.map((zone) => {
    const option = el('option', null, zone.label);
    option.value = zone.id;
    option.selected = zone.id === chosen;
    return option;
  }));
}

/** Marks the runner's current zone; the list itself is loaded once. */
export function fillZones(timeZone) {
  chosen = timeZone;
  show();
}

export async function wireZoneSearch() {
  const search = byId('zone-search');
  search.addEventListener('input', () => {
    // While searching, the current zone stays listed only if it matches too; the first match is preselected.
    chosen = '';
    show();
    const select = byId('zone');
    if (select.options.length) {
      select.selectedIndex = 0;
    }
  });
  try {
    const answer = await call('GET', 'api/timezones');
    zones = answer.zones;
  } catch {
    // Without the list the current zone is still shown; saving another needs the list.
    zones = [];
  }
  show();
}
