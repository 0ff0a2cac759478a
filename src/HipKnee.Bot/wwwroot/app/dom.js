// Small DOM helpers. Text is only ever set through textContent, so nothing from the API is read as HTML.

export function byId(id) {
  return document.getElementById(id);
}

/** A new element with an optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

/** Sets the text of the element with this id. */
export function setText(id, text) {
  byId(id).textContent = text || '';
}

/** Text a screen reader reads but the eye does not see (the colour already says it). */
export function spoken(text) {
  return el('span', 'visually-hidden', text);
}

/** The user's locale for dates (the page speaks en or zh). */
export function locale(language) {
  return language === 'zh' ? 'zh-CN' : 'en-GB';
}

/** A calendar date "2026-11-30" as a Date at noon UTC, so no time zone moves it to another day. */
export function dayOf(isoDate) {
  return new Date(isoDate + 'T12:00:00Z');
}

export function formatDay(isoDate, language, options) {
  return new Intl.DateTimeFormat(locale(language), Object.assign({ timeZone: 'UTC' }, options)).format(dayOf(isoDate));
}
