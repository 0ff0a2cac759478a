// Talks to /app/api/ as the Telegram user who opened the page: every call carries Telegram's signed initData,
// which the server validates; the page never names a user id itself.

const webApp = window.Telegram && window.Telegram.WebApp;

// The page's only own text, for when the server cannot be reached or sends no message: every other text comes from
// the API in the user's language. Telegram's language for the user picks one before the API has said anything.
const couldNotLoad = {
  en: 'Could not load your progress. Check your connection, then close and open the app again.',
  zh: '无法加载你的训练记录。请检查网络，然后关闭并重新打开此页面。',
};

function fallbackMessage() {
  const user = webApp && webApp.initDataUnsafe && webApp.initDataUnsafe.user;
  const language = (user && user.language_code) || navigator.language || 'en';
  return language.toLowerCase().startsWith('zh') ? couldNotLoad.zh : couldNotLoad.en;
}

/** A refusal or failure, with the server's message (already in the user's language), else the page's fallback. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message || fallbackMessage());
    this.status = status;
  }
}

/** Calls the API at a path relative to /app/; resolves to the JSON body of a 2xx answer, else throws ApiError. */
export async function call(method, path, body) {
  const headers = { Authorization: 'tma ' + (webApp ? webApp.initData : '') };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  } catch {
    throw new ApiError(0, '');
  }

  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }

  if (!response.ok) {
    throw new ApiError(response.status, data && typeof data.error === 'string' ? data.error : '');
  }

  return data;
}
