// A calibration exercise (docs/calibration.md): replay a past interview as the candidate lived it,
// step by step; score it blind against the rubric's anchored levels; then compare with the team:
// everyone's score per competency, the spread, the agreement and who sits far from the others.
// A member sees the results once they have scored (the API refuses before); hiring managers and
// admins see them at any time. Every piece of session text reaches the page as text, never markup.

import { api, auth, requireStaffToken, signInAgain } from './api.js';
import { $, el, replace, toast } from './dom.js';
import { clock, offset } from './time.js';
import { kindLabel } from './ui.js';
import { BANDS, interpret } from './charts.js';
import { num, dataTable, csvLink, actions } from './tables.js';
import { when, exerciseName } from './exercises.js';
import { teamNames, nameOf } from './members.js';

const exerciseId = new URLSearchParams(location.search).get('id');
const token = requireStaffToken();
const base = `/api/calibration/exercises/${encodeURIComponent(exerciseId || '')}`;
const PLAY_EVERY_MS = 1500;

let me = auth.user();
let exercise = null;
let rubrics = [];
let events = [];
let items = [];
let position = -1;
let playing = 0;
let scored = false;
let names = new Map();

// ---------------------------------------------------------------- start

async function start() {
  if (!token) return;
  if (!exerciseId) {
    fail('No exercise selected. Open one from the calibration page.');
    return;
  }
  try {
    [me, exercise, events, rubrics, names] = await Promise.all([
      api('/api/auth/me'),
      api(base),
      api(`${base}/replay`),
      api('/api/rubrics'),
      teamNames(),
    ]);
  } catch (failure) {
    if (failure.status === 401) return signInAgain();
    fail(failure.status === 404 ? 'Your team has no such exercise.'
      : failure.status === 403 ? 'Calibration exercises are for the hiring team: sign in with a team account.'
        : `The exercise could not be loaded: ${failure.message}`);
    return;
  }
  scored = Boolean(exercise.scored);
  const name = exerciseName(exercise);
  document.title = `${name} – calibration exercise – Sparring`;
  $('#header-sub').textContent = name;
  $('#page-title').textContent = `Calibration exercise: ${name}`;
  $('#exercise-meta').textContent = `Created ${when(exercise.createdAt)} by ${exercise.createdBy === me.userId ? 'you' : nameOf(names, exercise.createdBy)}`
    + ` · ${(exercise.roundKinds || []).map(kindLabel).join(', ')}`;
  renderReplay();
  renderScoring();
  $('#loading').hidden = true;
  $('#content').hidden = false;
  document.body.dataset.state = 'ready';
  await loadResults();
}

function fail(message) {
  $('#loading').hidden = true;
  $('#page-error').textContent = message;
  document.body.dataset.state = 'failed';
}

function isManager() {
  const roles = (me && me.roles) || [];
  return roles.includes('HIRING_MANAGER') || roles.includes('ADMIN');
}

// ---------------------------------------------------------------- rounds and rubrics

/** Round titles as the replay announced them (round.started carries the kit's title). */
function roundTitle(index) {
  const started = events.find((e) => e.event.type === 'round.started' && e.event.roundIndex === index);
  const title = started ? started.event.title : kindLabel((exercise.roundKinds || [])[index]);
  return `Round ${index + 1}: ${title}`;
}

function rubricOf(roundIndex) {
  const kind = (exercise.roundKinds || [])[roundIndex];
  return rubrics.find((r) => r.kind === kind) || null;
}

function competencyName(roundIndex, id) {
  const rubric = rubricOf(roundIndex);
  const competency = rubric && rubric.competencies.find((c) => c.id === id);
  return competency ? competency.name : id;
}

/** The rounds to score: those the session played, else every round of the kit. */
function roundsToScore() {
  const played = [...new Set(events.filter((e) => e.event.type === 'round.started').map((e) => e.event.roundIndex))];
  const rounds = played.length ? played : (exercise.roundKinds || []).map((kind, index) => index);
  return rounds.sort((a, b) => a - b).filter((index) => rubricOf(index));
}

// ---------------------------------------------------------------- the replay

const ROLE = { CANDIDATE: 'candidate', INTERVIEWER: 'interviewer' };

function speaker(actor) {
  const who = actor || {};
  const role = ROLE[who.role] || '';
  return el('span', { class: `speaker ${role}`, text: `${who.displayName || 'Someone'}${role ? ` (${role})` : ''}` });
}

/** One timeline entry for a replayed event: a label, who, and what happened. */
function entry(envelope, index, started, promptTitles) {
  const event = envelope.event;
  const at = Date.parse(envelope.occurredAt);
  const since = Number.isNaN(at) || Number.isNaN(started) ? '' : clock(at - started);
  const meta = (label, ...rest) => el('div', { class: 'line-meta' },
    el('span', { class: 'kind', text: label }), ...rest,
    since ? el('time', { datetime: envelope.occurredAt, title: when(envelope.occurredAt), text: since }) : null);
  const moment = (m) => (m && m.roundIndex >= 0 ? el('span', { text: `round ${m.roundIndex + 1} · ${offset(m.offset)}` }) : null);
  let cls = 'event';
  let body = [];
  switch (event.type) {
    case 'round.started':
      cls = 'round';
      body = [meta('Round started'), el('div', { class: 'line-text', text: `${roundTitle(event.roundIndex)}, phase: ${event.phaseTitle || ''}` })];
      break;
    case 'round.ended':
      cls = 'round';
      body = [meta('Round ended'), el('div', { class: 'line-text', text: `${roundTitle(event.roundIndex)} ended after ${offset(event.elapsed)}` })];
      break;
    case 'phase.advanced':
      cls = 'phase';
      body = [meta('Phase'), el('div', { class: 'line-text', text: `${event.phaseTitle || event.phaseId} (round ${event.roundIndex + 1})` })];
      break;
    case 'prompt.revealed': {
      const title = event.title || (event.parentPromptId ? `Deep dive of ${promptTitles.get(event.parentPromptId) || event.parentPromptId}` : event.promptId);
      promptTitles.set(event.promptId, title);
      cls = 'prompt';
      body = [meta(event.parentPromptId ? 'Deep dive shown' : 'Prompt shown'),
        el('div', { class: 'prompt-title', text: title }),
        el('div', { class: 'line-text', text: event.text || '' })];
      break;
    }
    case 'prompt.hidden':
      cls = 'prompt hidden-prompt';
      body = [meta('Prompt hidden'), el('div', { class: 'line-text', text: promptTitles.get(event.promptId) || event.promptId })];
      break;
    case 'utterance.recorded':
      cls = `line ${ROLE[(event.speaker || {}).role] || ''}`;
      body = [meta(event.source === 'SPEECH' ? 'Spoken' : 'Answer', speaker(event.speaker), moment(event.moment)),
        el('div', { class: 'line-text', text: event.text || '' })];
      break;
    case 'chat.posted':
      cls = `line ${ROLE[(event.author || {}).role] || ''}`;
      body = [meta('Chat', speaker(event.author), moment(event.moment)), el('div', { class: 'line-text', text: event.text || '' })];
      break;
    case 'code.updated':
      cls = 'code';
      body = [meta('Code pad', speaker(event.author), el('span', { text: `${event.language || 'plain text'} · revision ${event.revision}` })),
        el('pre', { class: 'code-snapshot', tabindex: '0', 'aria-label': `Code pad, revision ${event.revision}`, text: event.text || '' })];
      break;
    default:
      body = [meta(event.type)];
  }
  return el('li', { class: `step ${cls}`, dataset: { step: String(index), type: event.type, sequence: String(envelope.sequence) } }, ...body);
}

function renderReplay() {
  const timeline = $('#timeline');
  const started = events.length ? Date.parse(events[0].occurredAt) : NaN;
  const promptTitles = new Map();
  items = events.map((envelope, index) => entry(envelope, index, started, promptTitles));
  replace(timeline, items.length ? items : el('li', { class: 'empty', text: 'Nothing of this interview was kept for a replay.' }));
  $('#replay-count').textContent = `${events.length} event${events.length === 1 ? '' : 's'}`;
  for (const button of ['#step-first', '#step-previous', '#step-play', '#step-next', '#step-last']) {
    $(button).disabled = !events.length;
  }
  show(events.length - 1, false);
}

/** What the candidate's screen showed after the event at index: round, phase, prompts, code. */
function screenAt(index) {
  const screen = { round: null, phase: null, ended: false, prompts: [], code: null };
  for (const { event } of events.slice(0, index + 1)) {
    switch (event.type) {
      case 'round.started':
        screen.round = event.roundIndex;
        screen.phase = event.phaseTitle;
        screen.ended = false;
        screen.prompts = [];
        break;
      case 'round.ended':
        screen.ended = true;
        break;
      case 'phase.advanced':
        screen.phase = event.phaseTitle;
        break;
      case 'prompt.revealed':
        if (!screen.prompts.some((p) => p.id === event.promptId)) {
          screen.prompts.push({ id: event.promptId, parentId: event.parentPromptId, title: event.title, text: event.text });
        }
        break;
      case 'prompt.hidden':
        screen.prompts = screen.prompts.filter((p) => p.id !== event.promptId);
        break;
      case 'code.updated':
        screen.code = event;
        break;
      default:
        break;
    }
  }
  return screen;
}

function renderScreen(index) {
  const screen = screenAt(index);
  $('#on-screen-round').textContent = screen.round === null ? 'Before the first round.'
    : `${roundTitle(screen.round)}${screen.ended ? ' (ended)' : screen.phase ? `, phase: ${screen.phase}` : ''}`;
  replace($('#on-screen-prompts'), screen.prompts.length
    ? screen.prompts.map((prompt) => el('li', { class: prompt.parentId ? 'follow-up' : '', dataset: { prompt: prompt.id } },
      el('span', { class: 'label', text: prompt.parentId ? 'Follow-up' : 'Prompt' }),
      prompt.title ? el('h3', { text: prompt.title }) : null,
      el('p', { text: prompt.text || '' })))
    : el('li', { class: 'empty nothing', text: 'No prompt on screen.' }));
  const code = $('#on-screen-code');
  code.textContent = screen.code ? screen.code.text || '' : 'Nothing written yet.';
  code.classList.toggle('empty', !screen.code);
}

/** Moves the replay to the event at index: earlier entries are shown, later ones dimmed. */
function show(index, announce = true) {
  if (!items.length) {
    renderScreen(-1);
    $('#step-position').textContent = '';
    return;
  }
  position = Math.max(0, Math.min(items.length - 1, index));
  items.forEach((item, i) => {
    item.classList.toggle('future', i > position);
    item.classList.toggle('current', i === position);
    if (i === position) item.setAttribute('aria-current', 'step');
    else item.removeAttribute('aria-current');
  });
  renderScreen(position);
  const label = items[position].querySelector('.kind').textContent;
  $('#step-position').textContent = `Step ${position + 1} of ${items.length}${announce ? `: ${label}` : ''}`;
  $('#timeline').dataset.position = String(position);
  $('#step-previous').disabled = position === 0;
  $('#step-first').disabled = position === 0;
  $('#step-next').disabled = position === items.length - 1;
  $('#step-last').disabled = position === items.length - 1;
  if (announce) {
    // keep the current entry in view inside the timeline's own scroll box, not the page's
    const timeline = $('#timeline');
    const item = items[position];
    if (item.offsetTop < timeline.scrollTop || item.offsetTop + item.offsetHeight > timeline.scrollTop + timeline.clientHeight) {
      timeline.scrollTop = Math.max(0, item.offsetTop - timeline.clientHeight / 3);
    }
  }
}

function stop() {
  if (playing) clearInterval(playing);
  playing = 0;
  $('#step-play').textContent = 'Play';
  $('#step-play').setAttribute('aria-pressed', 'false');
}

function play() {
  if (playing) {
    stop();
    return;
  }
  if (position >= items.length - 1) show(0);
  $('#step-play').textContent = 'Pause';
  $('#step-play').setAttribute('aria-pressed', 'true');
  playing = setInterval(() => {
    if (position >= items.length - 1) {
      stop();
      return;
    }
    show(position + 1);
  }, PLAY_EVERY_MS);
}

$('#step-first').addEventListener('click', () => { stop(); show(0); });
$('#step-previous').addEventListener('click', () => { stop(); show(position - 1); });
$('#step-next').addEventListener('click', () => { stop(); show(position + 1); });
$('#step-last').addEventListener('click', () => { stop(); show(items.length - 1); });
$('#step-play').addEventListener('click', play);
$('#timeline').addEventListener('keydown', (event) => {
  const moves = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  if (event.key in moves) {
    event.preventDefault();
    stop();
    show(position + moves[event.key]);
  } else if (event.key === 'Home' || event.key === 'End') {
    event.preventDefault();
    stop();
    show(event.key === 'Home' ? 0 : items.length - 1);
  }
});
$('#timeline').addEventListener('click', (event) => {
  const item = event.target.closest('li[data-step]');
  if (item && !event.target.closest('pre')) {
    stop();
    show(Number(item.dataset.step));
  }
});

// ---------------------------------------------------------------- blind scoring

function renderScoring() {
  const rounds = roundsToScore();
  replace($('#score-rounds'), rounds.length ? rounds.map((roundIndex) => {
    const rubric = rubricOf(roundIndex);
    return el('section', { class: 'score-round', dataset: { round: String(roundIndex) }, 'aria-labelledby': `score-round-${roundIndex}` },
      el('h3', { id: `score-round-${roundIndex}`, text: roundTitle(roundIndex) }),
      el('p', { class: 'hint', text: rubric.title }),
      rubric.competencies.map((competency) => el('section', { class: 'competency', dataset: { competency: competency.id, round: String(roundIndex) } },
        el('fieldset', {},
          el('legend', { text: competency.name }),
          el('p', { class: 'hint', text: competency.description }),
          el('div', { class: 'levels' }, competency.levels.map((level) => el('label', { class: 'level' },
            el('input', { type: 'radio', name: `level-${roundIndex}-${competency.id}`, value: String(level.level) }),
            el('span', { class: 'level-label', text: `${level.level} · ${level.label}` }),
            el('span', { text: level.description }))))))));
  }) : el('p', { class: 'empty', text: 'This interview has no round to score.' }));
  $('#score-submit').disabled = !rounds.length;
}

/** Checks the levels the member gave before (from the results' score table). */
function fillMine(rows) {
  for (const row of rows) {
    if (row.member !== 'you' && row.member !== me.userId) continue;
    const radio = $(`input[name="level-${row.round_index}-${CSS.escape(row.competency)}"][value="${row.level}"]`);
    if (radio && !document.querySelector(`input[name="${radio.name}"]:checked`)) radio.checked = true;
  }
}

$('#score-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('#score-error').textContent = '';
  const sections = [...document.querySelectorAll('#score-rounds .competency')];
  const scores = [];
  let first = null;
  for (const section of sections) {
    const checked = section.querySelector('input[type="radio"]:checked');
    if (checked) {
      scores.push({ roundIndex: Number(section.dataset.round), competency: section.dataset.competency, level: Number(checked.value) });
    } else if (!first) {
      first = section;
    }
  }
  if (!scores.length) {
    $('#score-error').textContent = 'Choose a level for at least one competency.';
    const radio = sections.length ? sections[0].querySelector('input[type="radio"]') : null;
    if (radio) radio.focus();
    return;
  }
  const button = $('#score-submit');
  button.disabled = true;
  $('#score-status').textContent = 'Submitting…';
  try {
    const answer = await api(`${base}/scores`, { method: 'POST', body: { scores } });
    scored = true;
    const missing = sections.length - scores.length;
    $('#score-status').textContent = `Submitted ${answer.submitted} score${answer.submitted === 1 ? '' : 's'}.`
      + (missing ? ` ${missing} competenc${missing === 1 ? 'y is' : 'ies are'} left unscored; you can add ${missing === 1 ? 'it' : 'them'} later.` : '');
    toast('Scores submitted');
    await loadResults();
    $('#results-title').focus();
  } catch (failure) {
    if (failure.status === 401) return signInAgain();
    $('#score-status').textContent = '';
    $('#score-error').textContent = `Your scores were not saved: ${failure.message}`;
  } finally {
    button.disabled = false;
  }
});

// ---------------------------------------------------------------- results

async function loadResults() {
  const section = $('#results');
  $('#results-error').textContent = '';
  const locked = $('#results-locked');
  if (!scored && !isManager()) {
    // the API refuses a member who has not scored ("submit your own scores first"); ask for it only once it would answer
    section.dataset.state = 'locked';
    locked.hidden = false;
    locked.textContent = 'Submit your own scores first: the results unlock once you have scored, so that nobody\'s scores sway yours.';
    replace($('#results-body'));
    $('#results-refresh').hidden = true;
    return;
  }
  section.dataset.state = 'loading';
  let results;
  try {
    results = await api(`${base}/results`);
  } catch (failure) {
    if (failure.status === 401) return signInAgain();
    replace($('#results-body'));
    if (failure.status === 403) {
      section.dataset.state = 'locked';
      locked.hidden = false;
      locked.textContent = `The results unlock after you score: ${failure.message}.`;
    } else {
      section.dataset.state = 'failed';
      $('#results-error').textContent = `The results could not be loaded: ${failure.message}`;
    }
    return;
  }
  locked.hidden = true;
  $('#results-refresh').hidden = false;
  fillMine(results.scores || []);
  renderResults(results);
  section.dataset.state = 'ready';
}

$('#results-refresh').addEventListener('click', loadResults);

function roundLabel(index) {
  return `Round ${Number(index) + 1}`;
}

function memberLabel(member) {
  if (member === 'you' || (me && member === me.userId)) return 'You';
  return nameOf(names, member);
}

function download(name) {
  return csvLink({
    href: `${base}/results?table=${encodeURIComponent(name)}&format=csv`,
    file: `exercise-${exerciseId}-${name}.csv`, name,
  });
}

function block(id, title, intro, ...children) {
  return el('section', { class: 'result-block', id, 'aria-labelledby': `${id}-title` },
    el('h3', { id: `${id}-title`, text: title }),
    intro ? el('p', { class: 'hint', text: intro }) : null,
    ...children);
}

/** Everyone's score per competency: one row per round and competency, one column per member. */
function scoresBlock(rows) {
  const members = [...new Set(rows.map((r) => r.member))].sort((a, b) => {
    const mineA = memberLabel(a) === 'You';
    const mineB = memberLabel(b) === 'You';
    return mineA === mineB ? String(a).localeCompare(String(b), undefined, { numeric: true }) : mineA ? -1 : 1;
  });
  const byTarget = new Map();
  for (const r of rows) {
    const key = `${r.round_index}|${r.competency}`;
    if (!byTarget.has(key)) byTarget.set(key, { round_index: r.round_index, competency: r.competency });
    byTarget.get(key)[`member:${r.member}`] = r.level;
  }
  const columns = [
    { key: 'round_index', label: 'Round', text: (r) => roundLabel(r.round_index) },
    { key: 'competency', label: 'Competency', text: (r) => competencyName(r.round_index, r.competency) },
    ...members.map((m) => ({ key: `member:${m}`, label: memberLabel(m), digits: 0 })),
  ];
  return block('result-scores', 'Everyone\'s scores', 'Each member\'s level per competency (1 poor, 2 borderline, 3 solid, 4 outstanding).',
    rows.length ? dataTable('scores', 'Scores per competency and member', columns, [...byTarget.values()])
      : el('p', { class: 'empty', text: 'Nobody has scored yet.' }),
    actions(download('scores')));
}

function spreadBlock(rows) {
  return block('result-spread', 'Spread', 'How far apart the members\' scores of each competency are.',
    dataTable('spread', 'Spread per competency', [
      { key: 'round_index', label: 'Round', text: (r) => roundLabel(r.round_index) },
      { key: 'competency', label: 'Competency', text: (r) => competencyName(r.round_index, r.competency) },
      { key: 'scores', label: 'Scores', digits: 0 },
      { key: 'min', label: 'Min', digits: 0 },
      { key: 'max', label: 'Max', digits: 0 },
      { key: 'median', label: 'Median', digits: 1 },
      { key: 'mean', label: 'Mean' },
      { key: 'sd', label: 'SD' },
    ], rows),
    actions(download('spread')));
}

function agreementBlock(rows) {
  return block('result-agreement', 'Agreement', 'Krippendorff\'s α (interval) per round, members as raters and the round\'s competencies as units: 1 is perfect agreement, 0 no better than chance; ≥ 0.8 reliable, ≥ 0.667 tentative.',
    dataTable('agreement', 'Agreement per round', [
      { key: 'round_index', label: 'Round', text: (r) => roundLabel(r.round_index) },
      { key: 'members', label: 'Members', digits: 0 },
      { key: 'competencies', label: 'Competencies', digits: 0 },
      { key: 'alpha_interval', label: 'α interval', digits: 3 },
      { key: 'alpha_reading', label: 'Reading', text: (r) => interpret(num(r.alpha_interval), BANDS.alpha) || 'not computable' },
    ], rows),
    actions(download('agreement')));
}

function outliersBlock(rows) {
  return block('result-outliers', 'Far from the team', 'Scores two or more levels from the median of the members\' scores, or 1.5 standard deviations or more from their mean (with three or more scores).',
    rows.length
      ? dataTable('outliers', 'Scores far from the team', [
        { key: 'round_index', label: 'Round', text: (r) => roundLabel(r.round_index) },
        { key: 'competency', label: 'Competency', text: (r) => competencyName(r.round_index, r.competency) },
        { key: 'member', label: 'Member', text: (r) => memberLabel(r.member) },
        { key: 'level', label: 'Level', digits: 0 },
        { key: 'from_median', label: 'From median', signed: true, digits: 1 },
        { key: 'z', label: 'z', signed: true },
      ], rows)
      : el('p', { class: 'empty', id: 'no-outliers', text: 'Nobody sits far from the team.' }),
    actions(download('outliers')));
}

function renderResults(results) {
  const notes = results.notes || [];
  const members = new Set((results.scores || []).map((r) => r.member)).size;
  replace($('#results-body'),
    el('p', { class: 'muted', id: 'results-summary', text: `${members} member${members === 1 ? '' : 's'} scored. ${isManager() ? 'Members are shown by user name.' : 'Other members are anonymised.'}` }),
    scoresBlock(results.scores || []),
    spreadBlock(results.spread || []),
    agreementBlock(results.agreement || []),
    outliersBlock(results.outliers || []),
    notes.length ? block('result-notes', 'Figures left out', null, el('ul', { class: 'notes' }, notes.map((note) => el('li', { text: note })))) : null);
}

start();
