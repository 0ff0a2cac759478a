// Boots the page: tells Telegram it is ready, loads the runner's data and renders it.
import { ApiError, call } from './api.js';
import { render } from './render.js';
import { wireSettings } from './settings.js';

const webApp = window.Telegram && window.Telegram.WebApp;
const main = document.getElementById('app');

function showProblem(error) {
  if (!(error instanceof ApiError)) {
    console.error(error);
  }
  const problem = document.getElementById('problem');
  problem.textContent = error instanceof ApiError ? error.message : new ApiError(0, '').message;
  problem.hidden = false;
}

async function start() {
  if (webApp) {
    // Native controls (time picker, lists, checkboxes) follow Telegram's light or dark theme, not the system's.
    document.documentElement.dataset.scheme = webApp.colorScheme;
    webApp.ready();
    webApp.expand();
  }

  try {
    const me = await call('GET', 'api/me');
    render(me);
    wireSettings(me, render);
  } catch (error) {
    showProblem(error);
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

start();
