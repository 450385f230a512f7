// The "Calibration exercises" section of the calibration page (docs/calibration.md): the team's
// exercises, newest first, each linking to its page (exercise.html); hiring managers and admins also
// get a form to create one from a finished interview of the team.

import { api, signInAgain } from './api.js';
import { $, el, replace, toast } from './dom.js';
import { kindLabel } from './ui.js';
import { teamNames, nameOf } from './members.js';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "12 Mar 2026, 10:04" for an ISO instant; the raw text when it does not parse. */
export function when(iso) {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? String(iso || '') : WHEN.format(new Date(at));
}

export function exerciseUrl(id) {
  return `/exercise.html?id=${encodeURIComponent(id)}`;
}

/** The name an exercise goes by: its candidate, else its session. */
export function exerciseName(exercise) {
  return exercise.candidateName ? `Interview with ${exercise.candidateName}` : `Session ${exercise.sessionId}`;
}

function canCreate(user) {
  const roles = (user && user.roles) || [];
  return roles.includes('HIRING_MANAGER') || roles.includes('ADMIN');
}

function exerciseItem(exercise, user, names) {
  const rounds = (exercise.roundKinds || []).map(kindLabel).join(', ');
  const members = exercise.members || 0;
  const mine = user && exercise.createdBy === user.userId;
  return el('li', { dataset: { exerciseId: exercise.id, scored: String(Boolean(exercise.scored)) } },
    el('div', { class: 'who' },
      el('strong', { text: exerciseName(exercise) }),
      el('span', {
        text: `${when(exercise.createdAt)} · created by ${mine ? 'you' : nameOf(names, exercise.createdBy)}`
          + `${rounds ? ` · ${rounds}` : ''} · ${members} ${members === 1 ? 'member has' : 'members have'} scored`,
      })),
    exercise.scored
      ? el('span', { class: 'pill ok', text: 'You scored' })
      : el('span', { class: 'pill info', text: 'Not scored by you' }),
    el('a', {
      class: 'button small', href: exerciseUrl(exercise.id),
      'aria-label': `Open the exercise: ${exerciseName(exercise)}`,
    }, exercise.scored ? 'Open results' : 'Replay and score'));
}

/** Mounts the section; returns { load(user) }. */
export function mountExercises(section) {
  const list = $('#exercise-list', section);
  const form = $('#exercise-form', section);
  const select = $('#exercise-session', section);
  const status = $('#exercise-status', section);
  const error = $('#exercises-error', section);
  let user = null;
  let known = [];
  let names = new Map();

  async function loadSessions() {
    let sessions;
    try {
      sessions = await api('/api/sessions?limit=200');
    } catch (failure) {
      if (failure.status === 401) return signInAgain();
      replace(select);
      status.textContent = `The team's interviews could not be loaded: ${failure.message}`;
      return;
    }
    const past = sessions.filter((s) => s.status === 'ENDED');
    const used = new Set(known.map((exercise) => exercise.sessionId));
    const previous = select.value;
    replace(select, past.length
      ? past.map((s) => el('option', {
        value: s.sessionId,
        text: `${s.candidateName} · ${s.kitTitle} · by ${s.createdBy}${used.has(s.sessionId) ? ' (has an exercise)' : ''}`,
      }))
      : el('option', { value: '', text: 'No finished interviews yet' }));
    if (previous && past.some((s) => s.sessionId === previous)) select.value = previous;
    select.disabled = !past.length;
    $('#exercise-create', section).disabled = !past.length;
  }

  async function load(currentUser) {
    user = currentUser || user;
    error.textContent = '';
    section.dataset.state = 'loading';
    try {
      [known, names] = await Promise.all([api('/api/calibration/exercises'), teamNames()]);
    } catch (failure) {
      if (failure.status === 401) return signInAgain();
      section.dataset.state = 'failed';
      error.textContent = `The exercises could not be loaded: ${failure.message}`;
      return;
    }
    $('#exercise-count', section).textContent = known.length
      ? `${known.length} exercise${known.length === 1 ? '' : 's'}` : '';
    replace(list, known.length
      ? known.map((exercise) => exerciseItem(exercise, user, names))
      : el('li', {
        class: 'empty',
        text: canCreate(user)
          ? 'No exercises yet. Pick a finished interview below to start one.'
          : 'No exercises yet. A hiring manager starts one from a finished interview.',
      }));
    form.hidden = !canCreate(user);
    if (canCreate(user)) await loadSessions();
    section.dataset.state = 'ready';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const sessionId = select.value;
    if (!sessionId) {
      status.textContent = 'Choose a finished interview first.';
      select.focus();
      return;
    }
    const button = $('#exercise-create', section);
    button.disabled = true;
    status.textContent = 'Creating the exercise…';
    try {
      const created = await api('/api/calibration/exercises', { method: 'POST', body: { sessionId } });
      status.textContent = '';
      status.append(`Created: ${exerciseName(created)}. `,
        el('a', { href: exerciseUrl(created.id), id: 'exercise-created-link' }, 'Open the exercise'));
      toast('Exercise created');
      await load(user);
      const item = list.querySelector(`[data-exercise-id="${CSS.escape(created.id)}"] a`);
      if (item) item.focus();
    } catch (failure) {
      if (failure.status === 401) return signInAgain();
      status.textContent = `The exercise could not be created: ${failure.message}`;
    } finally {
      button.disabled = !select.value;
    }
  });

  return { load };
}
