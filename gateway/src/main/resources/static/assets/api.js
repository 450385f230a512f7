// The gateway's REST API, with the bearer token this tab holds.

import { serverClock } from './time.js';

const TOKEN = 'sparring.token';
const USER = 'sparring.user';

export const auth = {
  token: () => sessionStorage.getItem(TOKEN),
  user() {
    try {
      return JSON.parse(sessionStorage.getItem(USER) || 'null');
    } catch (ignored) {
      return null;
    }
  },
  save(token, user) {
    sessionStorage.setItem(TOKEN, token);
    sessionStorage.setItem(USER, JSON.stringify(user || null));
  },
  clear() {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(USER);
  },
};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Calls the API; resolves with the JSON body, rejects with an ApiError carrying the API's message. */
export async function api(path, { method = 'GET', body, token = auth.token() } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (failure) {
    throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection and try again.');
  }
  if (response.headers.get('Date')) serverClock.syncCoarse(response.headers.get('Date'));
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (ignored) {
      data = null;
    }
  }
  if (!response.ok) {
    const code = (data && data.error) || `http-${response.status}`;
    const message = (data && data.message) || `${response.status} ${response.statusText || 'error'}`;
    throw new ApiError(response.status, code, message);
  }
  return data;
}

/** The sign-in page, coming back here afterwards. */
export function signInAgain() {
  auth.clear();
  const next = location.pathname + location.search;
  location.replace(`/?next=${encodeURIComponent(next)}`);
}

/** For staff pages: the token, or off to sign in. */
export function requireStaffToken() {
  const token = auth.token();
  if (!token) {
    signInAgain();
    return null;
  }
  return token;
}
