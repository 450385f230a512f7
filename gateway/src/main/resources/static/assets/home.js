// Sign-in and the interviewer's home: the team's interviews and a new one from a kit.

import { api, auth, ApiError } from './api.js';
import { $, el, replace, copyText, words } from './dom.js';
import { kindLabel } from './ui.js';
import { durationMs } from './time.js';

const signinView = $('#signin-view');
const homeView = $('#home-view');
let kits = [];

function nextPage() {
  const next = new URLSearchParams(location.search).get('next');
  // only a path on this site: never an absolute or protocol-relative URL
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

function showSignIn(message) {
  homeView.hidden = true;
  $('#account').hidden = true;
  signinView.hidden = false;
  $('#signin-error').textContent = message || '';
  document.title = 'Sign in – Sparring';
  $('#username').focus();
}

async function showHome() {
  const user = auth.user();
  signinView.hidden = true;
  homeView.hidden = false;
  $('#account').hidden = false;
  $('#whoami').textContent = user ? `${user.displayName} · team ${user.teamId}` : '';
  document.title = 'Interviews – Sparring';
  await Promise.all([loadKits(), loadSessions()]);
}

$('#signin-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = $('#username').value.trim();
  const password = $('#password').value;
  if (!username || !password) {
    $('#signin-error').textContent = 'Enter your user name and password.';
    return;
  }
  const button = $('#signin-submit');
  button.disabled = true;
  try {
    const answer = await api('/api/auth/token', { method: 'POST', body: { username, password }, token: null });
    if (answer.user && answer.user.roles && answer.user.roles.length === 1 && answer.user.roles[0] === 'CANDIDATE') {
      throw new ApiError(403, 'forbidden', 'Candidates join with their invite link.');
    }
    auth.save(answer.accessToken, answer.user);
    $('#password').value = '';
    const next = nextPage();
    if (next) {
      location.assign(next);
      return;
    }
    await showHome();
    $('#main').focus();
  } catch (failure) {
    $('#signin-error').textContent = failure.code === 'invalid-credentials'
      ? 'The user name or the password is wrong.' : failure.message;
  } finally {
    button.disabled = false;
  }
});

$('#sign-out').addEventListener('click', () => {
  auth.clear();
  showSignIn();
});

// ---- kits and new interviews ----

async function loadKits() {
  try {
    kits = await api('/api/kits');
  } catch (failure) {
    if (failure.status === 401) return showSignIn('Your sign-in expired. Please sign in again.');
    $('#new-error').textContent = `Kits could not be loaded: ${failure.message}`;
    return;
  }
  const select = $('#kit');
  replace(select, kits.map((kit) => el('option', { value: kit.id, text: `${kit.title}${kit.builtIn ? '' : ' (team kit)'}` })));
  describeKit();
}

function describeKit() {
  const kit = kits.find((k) => k.id === $('#kit').value);
  const description = $('#kit-description');
  if (!kit) {
    description.textContent = '';
    return;
  }
  const rounds = (kit.rounds || []).map((round) => `${kindLabel(round.kind)} ${Math.round(durationMs(round.duration) / 60000)} min`);
  description.textContent = rounds.join(' · ');
}

$('#kit').addEventListener('change', describeKit);

$('#new-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const kitId = $('#kit').value;
  const candidateName = $('#candidate-name').value.trim();
  $('#new-error').textContent = '';
  if (!kitId || !candidateName) {
    $('#new-error').textContent = 'Choose a kit and enter the candidate\'s name.';
    return;
  }
  const button = $('#create');
  button.disabled = true;
  try {
    const created = await api('/api/sessions', { method: 'POST', body: { kitId, candidateName } });
    $('#created').hidden = false;
    $('#created-title').textContent = `Interview with ${candidateName} created.`;
    $('#join-url').value = created.joinUrl;
    $('#copy-status').textContent = '';
    $('#open-console').href = `/console.html?session=${encodeURIComponent(created.sessionId)}`;
    $('#candidate-name').value = '';
    $('#join-url').focus();
    $('#join-url').select();
    loadSessions();
  } catch (failure) {
    if (failure.status === 401) return showSignIn('Your sign-in expired. Please sign in again.');
    $('#new-error').textContent = failure.message;
  } finally {
    button.disabled = false;
  }
});

$('#copy-link').addEventListener('click', async () => {
  const field = $('#join-url');
  const copied = await copyText(field.value, field);
  $('#copy-status').textContent = copied ? 'Copied to the clipboard.' : 'Select the link and copy it (Ctrl+C).';
});

// ---- the team's interviews ----

async function loadSessions() {
  let sessions;
  try {
    sessions = await api('/api/sessions');
  } catch (failure) {
    if (failure.status === 401) return showSignIn('Your sign-in expired. Please sign in again.');
    replace($('#upcoming'), el('li', { class: 'empty', text: `Interviews could not be loaded: ${failure.message}` }));
    return;
  }
  const upcoming = sessions.filter((s) => s.status !== 'ENDED');
  const past = sessions.filter((s) => s.status === 'ENDED');
  replace($('#upcoming'), upcoming.length ? upcoming.map(sessionItem) : el('li', { class: 'empty', text: 'No interviews planned. Create one above.' }));
  replace($('#past'), past.length ? past.map(sessionItem) : el('li', { class: 'empty', text: 'No finished interviews yet.' }));
}

function sessionItem(session) {
  const status = {
    OPEN: ['info', 'Not started'],
    IN_PROGRESS: ['ok', `In progress · round ${session.currentRound + 1}`],
    ENDED: ['', 'Ended'],
  }[session.status] || ['', words(session.status)];
  const consoleUrl = `/console.html?session=${encodeURIComponent(session.sessionId)}`;
  const reportUrl = `/report.html?session=${encodeURIComponent(session.sessionId)}`;
  return el('li', { dataset: { sessionId: session.sessionId } },
    el('div', { class: 'who' },
      el('strong', { text: session.candidateName }),
      el('span', { text: `${session.kitTitle} · created by ${session.createdBy}` })),
    el('span', { class: `pill ${status[0]}`, text: status[1] }),
    el('a', { class: 'button small', href: consoleUrl, 'aria-label': `Open the console for ${session.candidateName}` }, 'Console'),
    session.status === 'ENDED'
      ? el('a', { class: 'button small', href: reportUrl, 'aria-label': `Report for ${session.candidateName}` }, 'Report')
      : null);
}

$('#refresh').addEventListener('click', loadSessions);

if (auth.token()) {
  showHome();
} else {
  showSignIn();
}
