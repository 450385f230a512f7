// The candidate's room: where the interview is, the prompts the interviewer shows, an answer box,
// the conversation and the shared code pad. The page holds only the invite token and talks only to
// what a candidate may use: GET /api/auth/me, GET /api/sessions/{id} and the session's socket.

import { api } from './api.js';
import { $, el, replace, toast, words } from './dom.js';
import { LiveSession } from './live.js';
import { mountTimer, serverClock } from './time.js';
import { connectionIndicator, showPresence, participantOf, TranscriptView, kindLabel, renderPhases } from './ui.js';
import { createCodePad, languages } from '/vendor/codemirror.js';

// /join/{sessionId}#invite=TOKEN: keep the token for this tab, and take it out of the address bar
// (and so out of history, bookmarks and screen shares)
const path = location.pathname.split('/').filter(Boolean);
const sessionId = path[0] === 'join' && path[1] ? decodeURIComponent(path[1]) : null;
const storageKey = `sparring.invite.${sessionId}`;
const fromLink = new URLSearchParams(location.hash.slice(1)).get('invite');
if (sessionId && fromLink) {
  sessionStorage.setItem(storageKey, fromLink);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionId ? sessionStorage.getItem(storageKey) : null;

let view = null; // the CandidateView, kept current by events
let me = null;
let live = null;
let historyUpTo = 0;
let codeSendTimer = null;
let codePad = null;

const setTimer = mountTimer($('#timer'), { label: 'Time left in this round' });
const setConnection = connectionIndicator($('#connection'));
const transcript = new TranscriptView($('#conversation'), { roundTitle: (index) => roundTitle(index) });

function roundTitle(index) {
  const round = view && view.rounds.find((r) => r.index === index);
  return round ? round.title : `Round ${index + 1}`;
}

async function start() {
  if (!sessionId || !token) {
    fail('This link is missing its invite. Open the full link your interviewer sent, or ask them for a new one.');
    return;
  }
  try {
    [me, view] = await Promise.all([
      api('/api/auth/me', { token }),
      api(`/api/sessions/${encodeURIComponent(sessionId)}`, { token }),
    ]);
  } catch (failure) {
    fail(failure.status === 401
      ? 'This invite has expired or is not valid. Ask your interviewer for a new link.'
      : failure.status === 0 ? failure.message : `The interview could not be opened: ${failure.message}`);
    return;
  }
  transcript.myUserId = me.userId;
  historyUpTo = view.version;
  if (view.currentRound && view.currentRound.timer) serverClock.syncWith(view.currentRound.timer.asOf);
  mountCodePad();
  $('#room').hidden = false;
  renderAll();
  live = new LiveSession({
    sessionId,
    token,
    interviewer: false,
    afterSequence: 0, // replays what the session still keeps: the conversation so far
    onEvent,
    onSnapshot: (snapshot) => {
      view = snapshot;
      historyUpTo = view.version;
      transcript.notice('Some earlier messages are not shown here.');
      renderAll();
      showRemoteCode(view.codePad);
    },
    onStatus: setConnection,
    onError: (error) => toast(error.message || 'Something went wrong', 'error'),
    onAuthFailure: () => fail('This invite has expired. Ask your interviewer for a new link.'),
  }).start();
}

function fail(message) {
  $('#page-error').textContent = message;
  $('#room').hidden = true;
  $('#connection').hidden = true;
}

// ---------------------------------------------------------------- events

function onEvent(envelope) {
  const event = envelope.event;
  if (envelope.sequence <= historyUpTo) {
    if (event.type === 'utterance.recorded' || event.type === 'chat.posted') transcript.add(envelope);
    return;
  }
  view.version = envelope.sequence;
  const current = view.currentRound;
  const sameRound = current && current.index === event.roundIndex;
  switch (event.type) {
    case 'round.started':
      view.status = 'IN_PROGRESS';
      setRoundStatus(event.roundIndex, 'RUNNING');
      view.currentRound = {
        index: event.roundIndex, kind: event.kind, title: event.title, status: 'RUNNING', phaseIndex: 0,
        phaseId: event.phaseId, phaseTitle: event.phaseTitle, phases: [event.phaseTitle], timer: event.timer, revealedPrompts: [],
      };
      renderAll();
      loadPhases(event.roundIndex);
      break;
    case 'round.ended':
      setRoundStatus(event.roundIndex, 'ENDED');
      if (sameRound) {
        current.status = 'ENDED';
        current.timer = null;
      }
      renderStatus();
      break;
    case 'phase.advanced':
      if (sameRound) {
        current.phaseIndex = event.phaseIndex;
        current.phaseId = event.phaseId;
        current.phaseTitle = event.phaseTitle;
        if (current.phases.length <= event.phaseIndex) current.phases[event.phaseIndex] = event.phaseTitle;
      }
      renderStatus();
      break;
    case 'timer.started':
    case 'timer.paused':
    case 'timer.extended':
      if (sameRound) current.timer = event.timer;
      renderStatus();
      break;
    case 'prompt.revealed':
      if (sameRound && !current.revealedPrompts.some((p) => p.id === event.promptId)) {
        const prompt = { id: event.promptId, parentId: event.parentPromptId, title: event.title, text: event.text };
        current.revealedPrompts.push(prompt);
        $('#prompts').append(promptItem(prompt, true));
        $('#no-prompts').hidden = true;
      }
      break;
    case 'prompt.hidden':
      if (sameRound) {
        current.revealedPrompts = current.revealedPrompts.filter((p) => p.id !== event.promptId);
        const item = $('#prompts').querySelector(`[data-prompt="${CSS.escape(event.promptId)}"]`);
        if (item) item.remove();
        $('#no-prompts').hidden = current.revealedPrompts.length > 0;
      }
      break;
    case 'utterance.recorded':
    case 'chat.posted':
      transcript.add(envelope);
      break;
    case 'code.updated':
      view.codePad = { text: event.text, language: event.language, revision: event.revision };
      // my own edits are in the editor already; only the other side's are applied
      if (!event.author || event.author.userId !== me.userId) showRemoteCode(view.codePad);
      break;
    case 'presence.changed': {
      const list = view.participants.filter((p) => !(p.displayName === event.participant.displayName && p.role === event.participant.role));
      list.push({ displayName: event.participant.displayName, role: event.participant.role, status: event.status });
      view.participants = list;
      renderPresence();
      break;
    }
    case 'session.ended':
      view.status = 'ENDED';
      renderAll();
      break;
    default:
      break;
  }
}

function setRoundStatus(index, status) {
  const round = view.rounds.find((r) => r.index === index);
  if (round) round.status = status;
}

/** round.started names the first phase only; the view has them all. */
async function loadPhases(index) {
  try {
    const fresh = await api(`/api/sessions/${encodeURIComponent(sessionId)}`, { token });
    if (fresh.currentRound && view.currentRound && fresh.currentRound.index === index && view.currentRound.index === index) {
      view.currentRound.phases = fresh.currentRound.phases;
      renderStatus();
    }
  } catch (ignored) {
    // the first phase's title is shown already
  }
}

// ---------------------------------------------------------------- rendering

function renderAll() {
  renderStatus();
  renderPrompts();
  renderPresence();
  const ended = view.status === 'ENDED';
  $('#ended-banner').hidden = !ended;
  for (const control of ['#answer-input', '#answer-send', '#chat-input', '#chat-send', '#speak']) $(control).disabled = ended;
  if (codePad) codePad.setReadOnly(ended);
  document.title = `${view.candidateName} – Sparring interview`;
}

function renderStatus() {
  const current = view.currentRound;
  $('#room-title').textContent = `Interview for ${view.candidateName}`;
  if (!current) {
    $('#round-name').textContent = view.status === 'ENDED' ? 'The interview has ended' : 'Waiting for the interview to start';
    $('#phase-name').textContent = view.status === 'ENDED' ? '' : 'Your interviewer will start the first round.';
    renderPhases($('#phases'), [], -1);
    setTimer(null);
    $('#timer-box').hidden = true;
    return;
  }
  const kind = kindLabel(current.kind);
  $('#round-name').textContent = `Round ${current.index + 1} of ${view.rounds.length}: ${current.title}${kind && kind !== current.title ? ` (${kind})` : ''}`;
  if (current.status === 'ENDED') {
    $('#phase-name').textContent = view.status === 'ENDED' ? '' : 'This round has ended. The next one starts soon.';
    renderPhases($('#phases'), current.phases, current.phases.length);
    setTimer(null);
    $('#timer-box').hidden = true;
    return;
  }
  const total = current.phases.length > 1 ? ` of ${current.phases.length}` : '';
  $('#phase-name').textContent = `Phase ${current.phaseIndex + 1}${total}: ${current.phaseTitle}`;
  renderPhases($('#phases'), current.phases, current.phaseIndex);
  setTimer(current.timer);
  $('#timer-box').hidden = false;
}

function renderPrompts() {
  const current = view.currentRound;
  const prompts = current ? current.revealedPrompts : [];
  replace($('#prompts'), prompts.map((prompt) => promptItem(prompt, false)));
  $('#no-prompts').hidden = prompts.length > 0;
}

function promptItem(prompt, isNew) {
  const followUp = Boolean(prompt.parentId);
  return el('li', { class: `${followUp ? 'follow-up' : ''}${isNew ? ' new' : ''}`, dataset: { prompt: prompt.id } },
    el('span', { class: 'label', text: followUp ? 'Follow-up' : 'Prompt' }),
    prompt.title ? el('h3', { text: prompt.title }) : null,
    el('p', { text: prompt.text }));
}

function renderPresence() {
  const interviewers = participantOf(view.participants, 'INTERVIEWER');
  const target = $('#interviewer-presence');
  const here = interviewers.filter((p) => p.status === 'CONNECTED');
  if (here.length) target.textContent = `${here.map((p) => p.displayName).join(', ')} ${here.length === 1 ? 'is' : 'are'} here`;
  else if (interviewers.some((p) => p.status === 'RECONNECTING')) target.textContent = 'Your interviewer is reconnecting…';
  else target.textContent = 'Your interviewer has not joined yet';
}

// ---------------------------------------------------------------- answering

async function command(body) {
  try {
    await live.send(body);
    return true;
  } catch (failure) {
    toast(failure.message, 'error');
    return false;
  }
}

$('#answer-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('#answer-input');
  const text = input.value.trim();
  if (!text || !live) return;
  input.value = '';
  if (!(await command({ type: 'utterance.record', text, source: 'TYPED' }))) input.value = text;
});

$('#chat-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('#chat-input');
  const text = input.value.trim();
  if (!text || !live) return;
  input.value = '';
  if (!(await command({ type: 'chat.post', text }))) input.value = text;
});

// speech to text where the browser has it; typing always works
const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
if (Recognition) {
  const button = $('#speak');
  const status = $('#speak-status');
  let recognition = null;
  button.hidden = false;
  button.addEventListener('click', () => {
    if (recognition) {
      recognition.stop();
      return;
    }
    recognition = new Recognition();
    recognition.continuous = true;
    recognition.interimResults = false;
    recognition.lang = navigator.language || 'en-US';
    recognition.onresult = (event) => {
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const text = event.results[i][0].transcript.trim();
        if (event.results[i].isFinal && text && live) command({ type: 'utterance.record', text, source: 'SPEECH' });
      }
    };
    recognition.onerror = (event) => {
      status.textContent = event.error === 'not-allowed' ? 'Microphone access was refused; type instead.' : 'Speech recognition stopped; type instead.';
    };
    recognition.onend = () => {
      recognition = null;
      button.setAttribute('aria-pressed', 'false');
      button.textContent = 'Speak';
      if (status.textContent === 'Listening…') status.textContent = '';
    };
    recognition.start();
    button.setAttribute('aria-pressed', 'true');
    button.textContent = 'Stop speaking';
    status.textContent = 'Listening…';
  });
}

// ---------------------------------------------------------------- code pad

function mountCodePad() {
  const select = $('#code-language');
  replace(select, languages.map((id) => el('option', { value: id, text: id === 'plaintext' ? 'Plain text' : words(id) })));
  select.value = languages.includes(view.codePad.language) ? view.codePad.language : 'plaintext';
  codePad = createCodePad($('#code-pad'), {
    doc: view.codePad.text,
    language: select.value,
    label: 'Code pad: your interviewer sees what you type',
    describedBy: 'code-keys',
    onChange: () => {
      clearTimeout(codeSendTimer);
      $('#code-status').textContent = 'Typing…';
      codeSendTimer = setTimeout(sendCode, 300);
    },
  });
  select.addEventListener('change', () => {
    codePad.setLanguage(select.value);
    clearTimeout(codeSendTimer);
    sendCode();
  });
}

async function sendCode() {
  codeSendTimer = null;
  if (!live) return;
  const ok = await command({ type: 'code.update', text: codePad.getText(), language: $('#code-language').value });
  $('#code-status').textContent = ok ? 'Saved. Your interviewer sees what you type here.' : '';
}

function showRemoteCode(pad) {
  if (!codePad || !pad || codeSendTimer) return; // never overwrite what is being typed here
  codePad.setText(pad.text || '');
  const select = $('#code-language');
  if (pad.language && select.value !== pad.language && languages.includes(pad.language)) {
    select.value = pad.language;
    codePad.setLanguage(pad.language);
  }
  $('#code-status').textContent = 'Your interviewer edited the code.';
}

start();
