// The interviewer console: steer rounds, phases and the timer, reveal prompts, follow the
// transcript, take private notes and score against the rubric.

import { api, auth, requireStaffToken, signInAgain } from './api.js';
import { $, el, replace, toast, copyText, words } from './dom.js';
import { LiveSession } from './live.js';
import { mountTimer, serverClock, remainingMs, offset } from './time.js';
import { connectionIndicator, showPresence, participantOf, TranscriptView, kindLabel, renderPhases } from './ui.js';

const sessionId = new URLSearchParams(location.search).get('session');
const token = requireStaffToken();

let me = auth.user();
let state = null; // the SessionState, kept current by events
let timer = null; // the current round's TimerView
let rubrics = [];
let live = null;
let historyUpTo = 0; // events up to this sequence are already part of `state`
let bankRound = null;
let codePad = null;
let codePadLoading = null;
let codeSendTimer = null;
let timerNote = '';

const setTimer = mountTimer($('#timer'), { label: 'Round time left' });
const setConnection = connectionIndicator($('#connection'));
const transcript = new TranscriptView($('#transcript'), {
  roundTitle: (index) => (state && state.kit.rounds[index] ? state.kit.rounds[index].title : `Round ${index + 1}`),
});

const RECOMMENDATIONS = {
  STRONG_NO: 'Strong no', NO: 'No', LEAN_NO: 'Lean no', LEAN_YES: 'Lean yes', YES: 'Yes', STRONG_YES: 'Strong yes',
};

// ---------------------------------------------------------------- start

async function start() {
  if (!token) return;
  if (!sessionId) {
    fail('No interview selected. Open an interview from the home page.');
    return;
  }
  $('#report-link').href = `/report.html?session=${encodeURIComponent(sessionId)}`;
  let view;
  try {
    const answers = await Promise.all([
      api(`/api/sessions/${encodeURIComponent(sessionId)}`),
      api('/api/rubrics'),
      me ? Promise.resolve(me) : api('/api/auth/me'),
    ]);
    [view, rubrics, me] = answers;
  } catch (failure) {
    if (failure.status === 401) return signInAgain();
    fail(failure.status === 404 ? 'There is no such interview.' : failure.message);
    return;
  }
  if (!view || !view.session) {
    fail('This page is for interviewers.');
    return;
  }
  transcript.myUserId = me.userId;
  adopt(view, true);
  $('#console').hidden = false;
  live = new LiveSession({
    sessionId,
    token,
    interviewer: true,
    afterSequence: 0, // replays what the session still keeps: the transcript so far
    onEvent,
    onSnapshot: (snapshot, replay) => {
      if (replay.afterSequence === 0) {
        transcript.notice('Earlier lines are no longer kept for live viewing; the report has the whole transcript.');
      } else {
        transcript.notice('Lines said while this page was disconnected are in the report.');
      }
      adopt(snapshot, false);
    },
    onStatus: setConnection,
    onError: (error) => toast(error.message || 'Something went wrong', 'error'),
    onAuthFailure: signInAgain,
  }).start();
}

function fail(message) {
  $('#page-error').textContent = message;
  $('#candidate-title').textContent = 'Interviewer console';
}

/** Takes a whole view: at load, or a snapshot after a long disconnect. */
function adopt(view, initial) {
  state = view.session;
  timer = view.timer || null;
  if (timer) serverClock.syncWith(timer.asOf);
  historyUpTo = state.version;
  if (!initial) bankRound = null;
  renderAll();
}

// ---------------------------------------------------------------- events

function onEvent(envelope) {
  const event = envelope.event;
  if (envelope.sequence <= historyUpTo) {
    // already part of the state we loaded: only the transcript is not
    if (event.type === 'utterance.recorded' || event.type === 'chat.posted') addLine(envelope);
    return;
  }
  state.version = envelope.sequence;
  const round = (index) => state.rounds[index];
  switch (event.type) {
    case 'round.started': {
      const r = round(event.roundIndex);
      r.status = 'RUNNING';
      r.phaseIndex = 0;
      state.currentRound = event.roundIndex;
      state.status = 'IN_PROGRESS';
      timer = event.timer;
      timerNote = '';
      renderAll();
      break;
    }
    case 'round.ended': {
      round(event.roundIndex).status = 'ENDED';
      if (event.roundIndex === state.currentRound) {
        const left = remainingMs(timer);
        timer = left === null ? null : { running: false, remaining: `PT${left / 1000}S`, asOf: new Date(serverClock.now()).toISOString() };
        timerNote = 'Round ended.';
      }
      renderAll();
      break;
    }
    case 'phase.advanced':
      round(event.roundIndex).phaseIndex = event.phaseIndex;
      timerNote = '';
      renderRoundControl();
      break;
    case 'timer.started':
    case 'timer.paused':
    case 'timer.extended':
      if (event.roundIndex === state.currentRound) timer = event.timer;
      if (event.type === 'timer.extended') timerNote = 'Time extended.';
      renderRoundControl();
      break;
    case 'deadline.elapsed':
      if (event.kind === 'PHASE') {
        const plan = state.kit.rounds[event.roundIndex];
        const phase = plan && plan.phases[event.phaseIndex];
        timerNote = `Planned time for "${phase ? phase.title : 'this phase'}" is up.`;
      } else if (event.kind === 'ROUND') {
        timerNote = 'The round\'s time box is up.';
      }
      renderRoundControl();
      break;
    case 'prompt.revealed': {
      const r = round(event.roundIndex);
      if (!r.revealedPromptIds.includes(event.promptId)) r.revealedPromptIds.push(event.promptId);
      updateVisibility();
      break;
    }
    case 'prompt.hidden': {
      const r = round(event.roundIndex);
      r.revealedPromptIds = r.revealedPromptIds.filter((id) => id !== event.promptId);
      updateVisibility();
      break;
    }
    case 'utterance.recorded':
    case 'chat.posted':
      addLine(envelope);
      break;
    case 'code.updated':
      state.codePad = { text: event.text, language: event.language, revision: event.revision };
      if (!event.author || event.author.userId !== me.userId) showRemoteCode();
      break;
    case 'note.written': {
      const index = Math.max(event.moment ? event.moment.roundIndex : 0, 0);
      round(index).notes.push({ authorId: event.author.userId, authorName: event.author.displayName, text: event.text, moment: event.moment });
      renderNotes();
      break;
    }
    case 'score.submitted': {
      const r = round(event.roundIndex);
      r.scores = r.scores.filter((s) => !(s.interviewerId === event.interviewer.userId && s.competency === event.competency));
      const first = !r.scores.some((s) => s.interviewerId === me.userId);
      r.scores.push({ interviewerId: event.interviewer.userId, interviewerName: event.interviewer.displayName, competency: event.competency, level: event.level, comment: event.comment });
      updateScores();
      if (first && event.interviewer.userId === me.userId) unblind();
      break;
    }
    case 'recommendation.submitted': {
      const first = !state.recommendations[me.userId];
      state.recommendations[event.interviewer.userId] = event.recommendation;
      updateRecommendation();
      if (first && event.interviewer.userId === me.userId) unblind();
      break;
    }
    case 'presence.changed':
      state.participants[event.participant.userId] = { actor: event.participant, status: event.status, since: envelope.occurredAt };
      renderHeader();
      break;
    case 'session.ended':
      state.status = 'ENDED';
      renderAll();
      break;
    default:
      break;
  }
}

/**
 * Scoring is blind: other interviewers' scores of a round reach this page only once I have scored
 * that round (and their recommendations once I have recommended), and only through the view.
 */
async function unblind() {
  try {
    const view = await api(`/api/sessions/${encodeURIComponent(sessionId)}`);
    view.session.rounds.forEach((round, index) => {
      const mine = state.rounds[index].scores.filter((s) => s.interviewerId === me.userId);
      const others = round.scores.filter((s) => s.interviewerId !== me.userId);
      state.rounds[index].scores = [...mine, ...others];
    });
    state.recommendations = { ...view.session.recommendations, ...pick(state.recommendations, me.userId) };
    updateScores();
    updateRecommendation();
  } catch (ignored) {
    // the others' scores show on the next load
  }
}

function pick(map, key) {
  return key in map ? { [key]: map[key] } : {};
}

function addLine(envelope) {
  if (transcript.add(envelope)) {
    const n = transcript.count();
    $('#transcript-count').textContent = `${n} ${n === 1 ? 'line' : 'lines'}`;
  }
}

// ---------------------------------------------------------------- commands

async function command(body, success) {
  try {
    await live.send(body);
    if (success) toast(success);
    return true;
  } catch (failure) {
    toast(failure.message, 'error');
    return false;
  }
}

/** Runs a command from a button, which stays disabled until the platform stored it. */
async function fromButton(button, body, success) {
  button.disabled = true;
  try {
    return await command(body, success);
  } finally {
    button.disabled = false;
    renderControlsEnabled();
  }
}

// ---------------------------------------------------------------- rendering

function renderAll() {
  renderHeader();
  renderRoundControl();
  renderRounds();
  renderBank();
  renderScorecard();
  renderNotes();
  updateRecommendation();
  showRemoteCode();
}

const ended = () => state.status === 'ENDED';
const currentIndex = () => Math.max(state.currentRound, 0);
const currentRound = () => (state.currentRound >= 0 ? state.rounds[state.currentRound] : null);
const running = () => !ended() && currentRound() && currentRound().status === 'RUNNING';

function renderHeader() {
  $('#candidate-title').textContent = `Interview with ${state.candidateName}`;
  $('#kit-title').textContent = state.kit.title;
  document.title = `${state.candidateName} – Sparring console`;
  const [candidate] = participantOf(state.participants, 'CANDIDATE');
  showPresence($('#candidate-presence'), 'Candidate', candidate);
  $('#ended-banner').hidden = !ended();
  $('#end-session').hidden = ended();
  $('#invite').hidden = ended();
}

function renderRoundControl() {
  const round = currentRound();
  const plan = round ? state.kit.rounds[round.index] : null;
  if (!round) {
    $('#round-title').textContent = 'No round running';
    $('#round-kind').textContent = 'Start the first round when the candidate is ready.';
    renderPhases($('#phases'), (state.kit.rounds[0] || { phases: [] }).phases.map((p) => p.title), -1);
    $('#phase-guidance').textContent = '';
  } else {
    $('#round-title').textContent = `Round ${round.index + 1}: ${plan.title}`;
    $('#round-kind').textContent = `${kindLabel(plan.kind)} · ${words(round.status)}`;
    const at = { PENDING: -1, ENDED: plan.phases.length }[round.status];
    renderPhases($('#phases'), plan.phases.map((p) => p.title), at === undefined ? round.phaseIndex : at);
    const phase = plan.phases[round.phaseIndex];
    $('#phase-guidance').textContent = phase && round.status === 'RUNNING' ? phase.guidance || '' : '';
  }
  setTimer(timer);
  $('#timer-note').textContent = timerNote;
  renderControlsEnabled();
}

function renderControlsEnabled() {
  if (!state) return;
  const round = currentRound();
  const isRunning = running();
  const toggle = $('#timer-toggle');
  toggle.disabled = !isRunning;
  toggle.textContent = timer && timer.running ? 'Pause' : 'Resume';
  $('#timer-extend').disabled = !isRunning;
  const plan = round ? state.kit.rounds[round.index] : null;
  $('#next-phase').disabled = !isRunning || !plan || round.phaseIndex >= plan.phases.length - 1;
  $('#chat-send').disabled = ended();
  $('#chat-input').disabled = ended();
  $('#note-save').disabled = ended();
  $('#note-input').disabled = ended();
}

function renderRounds() {
  const anyRunning = state.rounds.some((r) => r.status === 'RUNNING');
  keepFocus($('#rounds'), () => replace($('#rounds'), state.rounds.map((round) => {
    const plan = state.kit.rounds[round.index];
    const minutes = Math.round(durationToMinutes(plan.duration));
    const status = { PENDING: ['', 'Not started'], RUNNING: ['ok', 'Running'], ENDED: ['', 'Ended'] }[round.status];
    const actions = [];
    if (round.status === 'PENDING' && !ended()) {
      actions.push(el('button', {
        type: 'button', class: 'small primary', disabled: anyRunning, dataset: { key: `start-${round.index}` },
        'aria-label': `Start round ${round.index + 1}, ${plan.title}`,
        onclick: (e) => fromButton(e.currentTarget, { type: 'round.start', roundIndex: round.index }),
      }, 'Start'));
    }
    if (round.status === 'RUNNING' && !ended()) {
      actions.push(el('button', {
        type: 'button', class: 'small', dataset: { key: `end-${round.index}` },
        'aria-label': `End round ${round.index + 1}, ${plan.title}`,
        onclick: (e) => fromButton(e.currentTarget, { type: 'round.end' }),
      }, 'End round'));
    }
    return el('li', { class: round.index === state.currentRound ? 'current' : '', dataset: { round: round.index, status: round.status } },
      el('div', { class: 'round-head' },
        el('strong', { text: `${round.index + 1}. ${plan.title}` }),
        el('span', { class: `pill ${status[0]}`, text: status[1] })),
      el('div', { class: 'hint', text: `${kindLabel(plan.kind)} · ${minutes} min` }),
      actions.length ? el('div', { class: 'round-actions' }, actions) : null);
  })));
}

function durationToMinutes(iso) {
  return remainingMs({ running: false, remaining: iso }) / 60000;
}

/** Re-renders a container, giving focus back to the element with the same data-key. */
function keepFocus(container, render) {
  const active = document.activeElement;
  const key = active && container.contains(active) ? active.dataset.key : null;
  render();
  if (key) {
    const again = container.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (again && !again.disabled) {
      again.focus();
    } else {
      // the button is gone (the round started): keep the keyboard user in this card
      const heading = container.closest('section').querySelector('h2');
      heading.tabIndex = -1;
      heading.focus();
    }
  }
}

// ---- prompt bank

function renderBank() {
  const index = currentIndex();
  if (bankRound === index) {
    updateVisibility();
    return;
  }
  bankRound = index;
  const plan = state.kit.rounds[index];
  const bank = $('#prompt-bank');
  replace(bank, el('h2', { text: `Prompt bank · ${plan.title}` }), plan.prompts.map((prompt) => el('article', {
    class: 'prompt', dataset: { prompt: prompt.id }, 'aria-labelledby': `title-${prompt.id}`,
  },
  el('div', { class: 'prompt-head' },
    el('div', {},
      el('h3', { id: `title-${prompt.id}`, text: prompt.title }),
      el('div', { class: 'tags' }, prompt.competencies.map((c) => el('span', { class: 'tag', text: competencyName(plan, c) })))),
    toggleButton(prompt.id, prompt.title)),
  el('p', { class: 'prompt-text', text: prompt.text }),
  prompt.hints.length ? el('details', { class: 'hint-box' },
    el('summary', { text: `Interviewer hints (${prompt.hints.length})` }),
    el('ul', { class: 'hints' }, prompt.hints.map((hint) => el('li', { text: hint })))) : null,
  prompt.deepDives.length ? el('ul', { class: 'deep-dives', 'aria-label': `Deep dives for ${prompt.title}` },
    prompt.deepDives.map((dive, i) => el('li', { class: 'deep-dive', dataset: { prompt: dive.id } },
      el('div', {},
        el('p', { text: dive.text }),
        el('div', { class: 'tags' }, dive.competencies.map((c) => el('span', { class: 'tag', text: competencyName(plan, c) })))),
      toggleButton(dive.id, `deep dive ${i + 1} of ${prompt.title}`)))) : null)));
  updateVisibility();
}

function toggleButton(promptId, name) {
  return el('button', {
    type: 'button', class: 'small toggle', 'aria-pressed': 'false', dataset: { toggle: promptId },
    'aria-label': `Show ${name} to the candidate`,
    onclick: async (e) => {
      const button = e.currentTarget;
      const visible = button.getAttribute('aria-pressed') === 'true';
      button.disabled = true;
      await command({ type: visible ? 'prompt.hide' : 'prompt.reveal', promptId });
      button.disabled = !running();
    },
  }, 'Show');
}

/** Marks what the candidate can see right now, from the state's revealed ids. */
function updateVisibility() {
  if (bankRound === null) return;
  const round = state.rounds[bankRound];
  const revealed = new Set(round.revealedPromptIds);
  const canToggle = running() && state.currentRound === bankRound;
  for (const button of document.querySelectorAll('#prompt-bank [data-toggle]')) {
    const id = button.dataset.toggle;
    const visible = revealed.has(id);
    button.setAttribute('aria-pressed', String(visible));
    button.textContent = visible ? 'Visible · hide' : 'Show';
    const name = button.getAttribute('aria-label').replace(/^(Show|Hide) /, '').replace(/ (to|from) the candidate$/, '');
    button.setAttribute('aria-label', visible ? `Hide ${name} from the candidate` : `Show ${name} to the candidate`);
    button.disabled = !canToggle;
    const item = button.closest('[data-prompt]');
    item.classList.toggle('visible', visible);
  }
  const plan = state.kit.rounds[bankRound];
  const titles = round.revealedPromptIds.map((id) => {
    const main = plan.prompts.find((p) => p.id === id);
    if (main) return main.title;
    const parent = plan.prompts.find((p) => p.deepDives.some((d) => d.id === id));
    return parent ? `a deep dive of ${parent.title}` : id;
  });
  let summary;
  if (!canToggle && round.status !== 'RUNNING') {
    summary = round.status === 'PENDING' ? 'Start the round to show prompts to the candidate.' : 'This round has ended.';
    if (titles.length) summary += ` The candidate saw: ${titles.join(', ')}.`;
  } else {
    summary = titles.length ? `The candidate sees now: ${titles.join(', ')}.` : 'The candidate sees no prompt yet.';
  }
  $('#candidate-sees').textContent = summary;
}

function competencyName(plan, id) {
  const rubric = rubrics.find((r) => r.kind === plan.kind);
  const competency = rubric && rubric.competencies.find((c) => c.id === id);
  return competency ? competency.name : id;
}

// ---- scorecard

function renderScorecard() {
  const select = $('#score-round');
  const played = state.rounds.filter((r) => r.status !== 'PENDING').map((r) => r.index);
  const wanted = select.value !== '' && played.includes(Number(select.value)) ? Number(select.value) : currentIndex();
  const options = state.rounds.map((round) => el('option', {
    value: round.index, text: `${round.index + 1}. ${state.kit.rounds[round.index].title}${round.status === 'PENDING' ? ' (not started)' : ''}`,
  }));
  const before = select.dataset.rendered;
  const signature = state.rounds.map((r) => r.status).join(',');
  if (before !== signature) {
    replace(select, options);
    select.dataset.rendered = signature;
  }
  select.value = String(wanted);
  buildScorecard(wanted);
}

$('#score-round').addEventListener('change', () => buildScorecard(Number($('#score-round').value)));

function buildScorecard(index) {
  const container = $('#scorecard');
  if (container.dataset.round === String(index) && container.childElementCount) {
    updateScores();
    return;
  }
  container.dataset.round = String(index);
  const plan = state.kit.rounds[index];
  const rubric = rubrics.find((r) => r.kind === plan.kind);
  replace(container,
    el('p', { class: 'hint', text: `${rubric ? `${rubric.title}: score what the candidate did, using the anchors. ` : ''}Scoring is blind: other interviewers' scores for this round show once you have scored it.` }),
    plan.competencies.map((id) => {
      const competency = (rubric && rubric.competencies.find((c) => c.id === id)) || { id, name: id, description: '', levels: [] };
      const commentId = `comment-${index}-${id}`;
      return el('section', { class: 'competency', dataset: { competency: id } },
        el('fieldset', {},
          el('legend', { text: competency.name }),
          el('p', { class: 'hint', text: competency.description }),
          el('div', { class: 'levels' }, competency.levels.map((level) => el('label', { class: 'level' },
            el('input', { type: 'radio', name: `level-${index}-${id}`, value: level.level }),
            el('span', { class: 'level-label', text: `${level.level} · ${level.label}` }),
            el('span', { text: level.description }))))),
        el('label', { for: commentId, text: 'Comment' }),
        el('textarea', { id: commentId, maxlength: 8000, rows: 2, placeholder: 'What did they say or do that shows it?' }),
        el('div', { class: 'row' },
          el('button', {
            type: 'button', class: 'small primary', dataset: { submit: id },
            onclick: (e) => submitScore(e.currentTarget, index, id),
          }, 'Submit score'),
          el('span', { class: 'scored', dataset: { mine: id }, role: 'status' })),
        el('p', { class: 'hint', dataset: { others: id } }));
    }));
  updateScores(true);
}

async function submitScore(button, roundIndex, competency) {
  const section = button.closest('[data-competency]');
  const checked = section.querySelector('input[type="radio"]:checked');
  if (!checked) {
    toast('Choose a level first.', 'error');
    section.querySelector('input[type="radio"]').focus();
    return;
  }
  const comment = section.querySelector('textarea').value.trim();
  await fromButton(button, { type: 'score.submit', roundIndex, competency, level: Number(checked.value), comment }, 'Score saved');
}

/** Shows the scores given so far; fills the form with mine when it is first built. */
function updateScores(fill) {
  const container = $('#scorecard');
  if (!container.dataset.round) return;
  const index = Number(container.dataset.round);
  const round = state.rounds[index];
  const plan = state.kit.rounds[index];
  const rubric = rubrics.find((r) => r.kind === plan.kind);
  const label = (competencyId, level) => {
    const competency = rubric && rubric.competencies.find((c) => c.id === competencyId);
    const found = competency && competency.levels.find((l) => l.level === level);
    return found ? `${found.label} (${level})` : String(level);
  };
  for (const id of plan.competencies) {
    const mine = round.scores.find((s) => s.competency === id && s.interviewerId === me.userId);
    const others = round.scores.filter((s) => s.competency === id && s.interviewerId !== me.userId);
    const mineElement = container.querySelector(`[data-mine="${CSS.escape(id)}"]`);
    if (!mineElement) continue;
    mineElement.textContent = mine ? `Your score: ${label(id, mine.level)}` : '';
    container.querySelector(`[data-others="${CSS.escape(id)}"]`).textContent = others.length
      ? `Other interviewers: ${others.map((s) => `${s.interviewerName} ${label(id, s.level)}`).join('; ')}` : '';
    const section = container.querySelector(`[data-competency="${CSS.escape(id)}"]`);
    if (fill && mine) {
      const radio = section.querySelector(`input[value="${mine.level}"]`);
      if (radio) radio.checked = true;
      section.querySelector('textarea').value = mine.comment || '';
    }
    section.querySelector('[data-submit]').disabled = round.status === 'PENDING';
  }
}

function updateRecommendation() {
  const mine = state.recommendations[me.userId];
  const others = Object.entries(state.recommendations).filter(([id]) => id !== me.userId).length;
  $('#rec-current').textContent = (mine ? `Your recommendation: ${RECOMMENDATIONS[mine] || mine}.` : 'You have not recommended yet; other interviewers\' recommendations show once you have.')
    + (mine && others ? ` ${others} other ${others === 1 ? 'interviewer has' : 'interviewers have'} recommended; see the report.` : '');
  if (mine && !$('#recommendation').value) $('#recommendation').value = mine;
}

$('#recommend').addEventListener('click', (e) => {
  const value = $('#recommendation').value;
  if (!value) {
    toast('Choose a recommendation first.', 'error');
    $('#recommendation').focus();
    return;
  }
  fromButton(e.currentTarget, { type: 'recommendation.submit', recommendation: value }, 'Recommendation saved');
});

// ---- notes

function renderNotes() {
  const round = state.rounds[currentIndex()];
  const notes = round.notes;
  $('#notes-title').textContent = `Private notes · ${state.kit.rounds[round.index].title}`;
  replace($('#notes'), notes.length ? notes.map((note) => el('li', {},
    el('div', { class: 'line-meta' },
      el('span', { class: 'speaker interviewer', text: note.authorName || note.authorId }),
      el('span', { text: note.moment && note.moment.roundIndex >= 0 ? offset(note.moment.offset) : '' })),
    el('div', { class: 'line-text', text: note.text }))) : el('li', { class: 'system' }, el('div', { class: 'line-text', text: 'No notes for this round yet.' })));
  const list = $('#notes');
  list.scrollTop = list.scrollHeight;
}

$('#note-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('#note-input');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  if (!(await command({ type: 'note.write', text }))) input.value = text;
});

// ---- chat

$('#chat-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('#chat-input');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  if (!(await command({ type: 'chat.post', text }))) input.value = text;
});

// ---- code pad (loaded when first shown)

async function ensureCodePad() {
  if (codePad) return codePad;
  if (!codePadLoading) {
    codePadLoading = import('/vendor/codemirror.js').then(({ createCodePad, languages }) => {
      const select = $('#code-language');
      replace(select, languages.map((id) => el('option', { value: id, text: id === 'plaintext' ? 'Plain text' : words(id) })));
      select.value = languages.includes(state.codePad.language) ? state.codePad.language : 'plaintext';
      codePad = createCodePad($('#code-pad'), {
        doc: state.codePad.text,
        language: select.value,
        label: 'Shared code pad',
        describedBy: 'code-keys',
        onChange: scheduleCodeSend,
      });
      return codePad;
    });
  }
  return codePadLoading;
}

function scheduleCodeSend() {
  clearTimeout(codeSendTimer);
  $('#code-status').textContent = 'Editing…';
  codeSendTimer = setTimeout(sendCode, 300);
}

async function sendCode() {
  codeSendTimer = null;
  if (!codePad) return;
  const ok = await command({ type: 'code.update', text: codePad.getText(), language: $('#code-language').value });
  $('#code-status').textContent = ok ? 'Saved' : '';
}

$('#code-language').addEventListener('change', () => {
  if (!codePad) return;
  codePad.setLanguage($('#code-language').value);
  clearTimeout(codeSendTimer);
  sendCode();
});

function showRemoteCode() {
  if (!codePad || codeSendTimer) return; // never overwrite what is being typed here
  codePad.setText(state.codePad.text || '');
  if (state.codePad.language && $('#code-language').value !== state.codePad.language
      && Array.from($('#code-language').options).some((o) => o.value === state.codePad.language)) {
    $('#code-language').value = state.codePad.language;
    codePad.setLanguage(state.codePad.language);
  }
  $('#code-status').textContent = state.codePad.revision ? `Revision ${state.codePad.revision}` : '';
}

// ---- tabs (WAI-ARIA tabs pattern: arrows move, Home/End jump)

const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
function selectTab(tab) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(`#${other.getAttribute('aria-controls')}`).hidden = !selected;
  }
  if (tab.id === 'tab-code') ensureCodePad().then(showRemoteCode);
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length];
    selectTab(target);
    target.focus();
  });
}

// ---- round control

$('#timer-toggle').addEventListener('click', (e) => fromButton(e.currentTarget, { type: timer && timer.running ? 'timer.pause' : 'timer.start' }));
$('#timer-extend').addEventListener('click', (e) => fromButton(e.currentTarget, { type: 'timer.extend', by: 'PT5M' }, 'Five more minutes'));
$('#next-phase').addEventListener('click', (e) => fromButton(e.currentTarget, { type: 'phase.advance' }));

let endArmed = null;
$('#end-session').addEventListener('click', (e) => {
  const button = e.currentTarget;
  if (!endArmed) {
    button.textContent = 'Click again to end';
    endArmed = setTimeout(() => {
      endArmed = null;
      button.textContent = 'End interview';
    }, 5000);
    return;
  }
  clearTimeout(endArmed);
  endArmed = null;
  button.textContent = 'End interview';
  fromButton(button, { type: 'session.end' }, 'Interview ended');
});

$('#invite').addEventListener('click', async (e) => {
  const button = e.currentTarget;
  button.disabled = true;
  try {
    const invite = await api(`/api/sessions/${encodeURIComponent(sessionId)}/invite`, { method: 'POST', body: {} });
    $('#invite-box').hidden = false;
    $('#invite-url').value = invite.joinUrl;
    $('#invite-status').textContent = 'A fresh link; earlier links keep working until they expire.';
    $('#invite-url').focus();
    $('#invite-url').select();
  } catch (failure) {
    toast(failure.message, 'error');
  } finally {
    button.disabled = false;
  }
});

$('#copy-invite').addEventListener('click', async () => {
  const field = $('#invite-url');
  $('#invite-status').textContent = (await copyText(field.value, field)) ? 'Copied to the clipboard.' : 'Select the link and copy it (Ctrl+C).';
});

start();
