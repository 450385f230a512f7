// The interview report: scores against the rubric with the evidence behind them, each quote linked
// to its place in the transcript; and, on a toggle, the feedback meant for the candidate.

import { api, requireStaffToken, signInAgain } from './api.js';
import { $, el, replace, words } from './dom.js';
import { offset } from './time.js';
import { kindLabel } from './ui.js';

const sessionId = new URLSearchParams(location.search).get('session');
const token = requireStaffToken();
let report = null;
let feedback = null;

const FLAGS = {
  SCORE_WITHOUT_EVIDENCE: 'Score without evidence',
  EVIDENCE_CONTRADICTS_SCORE: 'Evidence contradicts the score',
  NOT_PROBED: 'Not probed',
};

async function start() {
  if (!token) return;
  if (!sessionId) {
    fail('No interview selected.');
    return;
  }
  $('#console-link').href = `/console.html?session=${encodeURIComponent(sessionId)}`;
  try {
    report = await api(`/api/sessions/${encodeURIComponent(sessionId)}/report`);
  } catch (failure) {
    if (failure.status === 401) return signInAgain();
    fail(`The report could not be loaded: ${failure.message}`);
    return;
  }
  render();
  $('#loading').hidden = true;
  $('#report').hidden = false;
  $('#feedback-toggle').disabled = false;
  if (location.hash) highlight(location.hash.slice(1));
}

function fail(message) {
  $('#loading').hidden = true;
  $('#page-error').textContent = message;
}

function roundName(index) {
  const round = report.rounds.find((r) => r.roundIndex === index);
  return round ? round.title : index >= 0 ? `Round ${index + 1}` : 'Before the rounds';
}

function render() {
  document.title = `${report.candidateName} – Sparring report`;
  $('#header-title').textContent = `Report: ${report.candidateName}`;
  $('#header-sub').textContent = report.kitTitle || '';
  $('#report-title').textContent = `Interview report: ${report.candidateName}`;
  const generated = report.generatedAt ? new Date(report.generatedAt).toLocaleString() : '';
  $('#report-meta').textContent = [report.kitTitle, generated && `as of ${generated}`, report.version !== undefined && `report version ${report.version}`]
    .filter(Boolean).join(' · ');

  const recommendations = report.recommendations || [];
  replace($('#recommendations'), recommendations.map((r) => el('li', {}, el('strong', { text: r.interviewerName }), `: ${words(r.recommendation)}`)));
  $('#no-recommendations').hidden = recommendations.length > 0;

  const gaps = report.gaps || [];
  $('#gaps-card').hidden = gaps.length === 0;
  replace($('#gaps'), gaps.map((gap) => el('li', { text: gap })));

  replace($('#rounds'), (report.rounds || []).map(roundSection));

  replace($('#transcript'), (report.transcript || []).length
    ? report.transcript.map((line) => el('li', { id: `seq-${line.sequence}`, tabindex: '-1', class: (line.speakerRole || '').toLowerCase() },
      el('div', { class: 'line-meta' },
        el('span', { class: `speaker ${(line.speakerRole || '').toLowerCase()}`, text: line.speakerName }),
        el('span', { text: line.roundIndex >= 0 ? `${roundName(line.roundIndex)} · ${offset(line.offset)}` : 'Before the rounds' })),
      el('div', { class: 'line-text', text: line.text })))
    : el('li', { class: 'empty', text: 'Nothing was said.' }));
}

function roundSection(round) {
  const header = el('div', { class: 'card-header' },
    el('h2', { id: `round-${round.roundIndex}`, text: `Round ${round.roundIndex + 1}: ${round.title}` }),
    el('span', { class: 'pill plain', text: `${kindLabel(round.kind)} · ${round.status === 'PENDING' ? 'not played' : words(round.status)}` }));
  if (round.status === 'PENDING') {
    return el('section', { class: 'card report-round not-played', 'aria-labelledby': `round-${round.roundIndex}` }, header);
  }
  const notes = round.notes || [];
  return el('section', { class: 'card report-round', 'aria-labelledby': `round-${round.roundIndex}` },
    header,
    (round.competencies || []).map((competency) => el('div', { class: 'report-competency', dataset: { competency: competency.id } },
      el('h3', { text: competency.name }),
      competency.description ? el('p', { class: 'hint', text: competency.description }) : null,
      (competency.flags || []).length ? el('div', { class: 'tags' }, competency.flags.map((flag) => el('span', { class: 'flag', text: FLAGS[flag] || words(flag) }))) : null,
      (competency.scores || []).length
        ? competency.scores.map((score) => el('div', { class: 'score-line' },
          el('span', { class: 'level-badge', text: `${score.level} · ${score.label}` }),
          el('strong', { text: score.interviewerName }),
          score.comment ? el('span', { text: `“${score.comment}”` }) : null,
          score.anchor ? el('div', { class: 'hint', text: `Anchor: ${score.anchor}` }) : null))
        : el('p', { class: 'empty', text: 'Not scored.' }),
      (competency.evidence || []).length
        ? el('ul', { class: 'evidence', 'aria-label': `Evidence for ${competency.name}` }, competency.evidence.map(evidenceItem))
        : null)),
    notes.length ? el('div', { class: 'report-competency' },
      el('h3', { text: 'Interviewers\' private notes' }),
      el('ul', { class: 'feedback-list' }, notes.map((note) => el('li', {},
        el('strong', { text: note.authorName }),
        ` (${offset(note.offset)}): `,
        note.text)))) : null);
}

function evidenceItem(item) {
  const quote = item.quote || {};
  const contradicts = item.polarity === 'CONTRADICTS';
  return el('li', { class: contradicts ? 'contradicts' : 'supports' },
    el('div', { class: 'line-meta' },
      el('strong', { text: contradicts ? 'Contradicts' : 'Supports' }),
      item.rule ? el('span', { class: 'rule', text: item.rule }) : null,
      item.explanation ? el('span', { text: item.explanation }) : null),
    el('blockquote', {}, highlighted(quote.text || '', quote.matched)),
    quote.sequence !== undefined ? el('a', {
      href: `#seq-${quote.sequence}`,
      onclick: (event) => {
        event.preventDefault();
        history.replaceState(null, '', `#seq-${quote.sequence}`);
        highlight(`seq-${quote.sequence}`);
      },
    }, `${quote.speakerName || 'Someone'} · ${quote.roundIndex >= 0 ? `${roundName(quote.roundIndex)} · ${offset(quote.offset)}` : ''} · view in transcript`) : null);
}

/** The quote with the words that matched marked, as text nodes only. */
function highlighted(text, matched) {
  const needles = (Array.isArray(matched) ? matched : [matched]).filter((m) => typeof m === 'string' && m.trim());
  if (!needles.length) return text;
  const lower = text.toLowerCase();
  const parts = [];
  let at = 0;
  while (at < text.length) {
    let best = -1;
    let length = 0;
    for (const needle of needles) {
      const found = lower.indexOf(needle.toLowerCase(), at);
      if (found >= 0 && (best < 0 || found < best)) {
        best = found;
        length = needle.length;
      }
    }
    if (best < 0) break;
    parts.push(text.slice(at, best), el('mark', { text: text.slice(best, best + length) }));
    at = best + length;
  }
  parts.push(text.slice(at));
  return parts;
}

function highlight(id) {
  const target = document.getElementById(id);
  if (!target) return;
  for (const old of document.querySelectorAll('.report-transcript .highlight')) old.classList.remove('highlight');
  target.classList.add('highlight');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

window.addEventListener('hashchange', () => highlight(location.hash.slice(1)));

// ---- candidate feedback

$('#feedback-toggle').addEventListener('click', async (event) => {
  const button = event.currentTarget;
  const showFeedback = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(showFeedback));
  button.textContent = showFeedback ? 'Full report' : 'Candidate feedback';
  $('#report').hidden = showFeedback;
  $('#feedback').hidden = !showFeedback;
  if (showFeedback && !feedback) await loadFeedback();
});

async function loadFeedback() {
  $('#feedback-title').textContent = `Feedback for ${report.candidateName}`;
  try {
    feedback = await api(`/api/sessions/${encodeURIComponent(sessionId)}/report/feedback`);
  } catch (failure) {
    $('#feedback-error').textContent = `The feedback could not be loaded: ${failure.message}`;
    return;
  }
  $('#feedback-title').textContent = `Feedback for ${feedback.candidateName}`;
  replace($('#feedback-rounds'), (feedback.rounds || []).map((round) => el('section', { class: 'card' },
    el('h2', { text: kindLabel(round.kind) && kindLabel(round.kind) !== round.title ? `${round.title} (${kindLabel(round.kind)})` : round.title }),
    (round.competencies || []).map((competency) => el('div', { class: 'report-competency' },
      el('h3', {}, competency.name, competency.level ? el('span', { class: 'level-badge', text: competency.level }) : null),
      (competency.strengths || []).length ? [
        el('p', { class: 'hint', text: 'Strengths' }),
        el('ul', { class: 'feedback-list' }, competency.strengths.map((strength) => el('li', { text: strength }))),
      ] : null,
      (competency.growthAreas || []).length ? [
        el('p', { class: 'hint', text: 'Where to grow' }),
        el('ul', { class: 'feedback-list' }, competency.growthAreas.map((area) => el('li', { text: area }))),
      ] : null)))));
}

$('#print').addEventListener('click', () => window.print());

start();
