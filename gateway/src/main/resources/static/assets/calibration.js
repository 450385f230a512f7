// The hiring team's calibration dashboard (docs/calibration.md): who scores leniently or severely,
// how the team's scores spread per competency, how interviewers drift month by month and how well
// they agree. Hiring managers and admins see the team (scope "team"); an interviewer sees their own
// figures and the team's anonymised distribution (scope "own"): the gateway decides, from the token.
// Every figure is also a table, and every table downloads as CSV.

import { api, auth, signInAgain, requireStaffToken } from './api.js';
import { $, el, replace } from './dom.js';
import { intervalChart, stackedChart, lineChart, BANDS, interpret } from './charts.js';
import { fixed, signed, num, dataTable, csvLink as sharedCsvLink, actions } from './tables.js';
import { mountExercises } from './exercises.js';
import { teamNames, nameOf } from './members.js';

const LEVELS = ['Level 1', 'Level 2', 'Level 3', 'Level 4'];
const figures = $('#figures');
/** Charts redraw at their box's width (on load and on resize), so text stays legible on phones. */
let charts = [];
let lastWidth = 0;
let user = auth.user();
let names = new Map();

// ---- formatting ----

/** A competency id KIND/competency as words: "System design · requirements". */
function competencyLabel(id) {
  const [kind, competency] = String(id).split('/');
  const kinds = { CODING: 'Coding', SYSTEM_DESIGN: 'System design', BEHAVIORAL: 'Behavioral' };
  return competency ? `${kinds[kind] || kind} · ${competency.replace(/-/g, ' ')}` : String(id);
}

function interviewerLabel(id) {
  return user && id === user.userId ? `You (${user.displayName || id})` : nameOf(names, id);
}

// ---- building blocks ----

function card(id, title, intro, ...children) {
  return el('section', { class: 'card', id, 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title`, text: title }),
    intro ? el('p', { class: 'hint', text: intro }) : null,
    ...children);
}

function chart(draw) {
  const box = el('div', { class: 'chart-box' });
  charts.push({ box, draw });
  return box;
}

function drawCharts() {
  lastWidth = figures.clientWidth;
  for (const { box, draw } of charts) {
    const width = Math.max(240, Math.floor(box.clientWidth || figures.clientWidth || 320));
    replace(box, draw(width));
  }
}

const table = dataTable;

/** The dashboard's tables download from the statistics API. */
function csvLink(name, label = 'Download CSV') {
  return sharedCsvLink({
    href: `/api/calibration/statistics/${encodeURIComponent(name)}?format=csv`, file: `calibration-${name}.csv`, name, label,
  });
}

function details(summary, ...children) {
  return el('details', {}, el('summary', { text: summary }), ...children);
}

// ---- sections ----

const LENIENCY_COLUMNS = [
  { key: 'interviewer_id', label: 'Interviewer', text: (r) => interviewerLabel(r.interviewer_id) },
  { key: 'ratings', label: 'Scores', digits: 0 },
  { key: 'paired_ratings', label: 'Paired', digits: 0 },
  { key: 'leniency', label: 'Leniency', signed: true },
  { key: 'lower_95', label: '95% low', signed: true },
  { key: 'upper_95', label: '95% high', signed: true },
  { key: 'shrinkage_factor', label: 'Shrinkage B' },
  { key: 'shrunken_leniency', label: 'Shrunken', signed: true },
  { key: 'shrunken_standard_error', label: 'Shrunken SE' },
];

function leniencyRows(rows) {
  return rows.map((r) => {
    const value = num(r.shrunken_leniency);
    const se = num(r.shrunken_standard_error);
    return {
      key: r.interviewer_id, label: interviewerLabel(r.interviewer_id), value,
      lower: Number.isFinite(se) ? value - 1.96 * se : NaN, upper: Number.isFinite(se) ? value + 1.96 * se : NaN,
      highlight: user && r.interviewer_id === user.userId,
    };
  });
}

function leniencySection(rows, own) {
  const title = own ? 'Your leniency' : 'Interviewer leniency';
  const intro = 'How far each score lies from the other interviewers\' scores of the same round and competency, in levels: '
    + 'right of zero is lenient, left is severe. Bars show the shrunken (empirical-Bayes) estimate, whiskers its 95% interval.';
  if (!rows.length) {
    return card('leniency', title, intro, el('p', { class: 'empty', text: own ? 'You have no scores yet.' : 'No leniency figures yet.' }));
  }
  const chartRows = leniencyRows(rows);
  return card('leniency', title, intro,
    chart((width) => intervalChart({
      title, width, rows: chartRows, kind: 'leniency',
      description: chartRows.map((r) => `${r.label}: ${signed(r.value)} levels (95% interval ${fixed(r.lower)} to ${fixed(r.upper)})`).join('; '),
    })),
    table('leniency', own ? 'Your leniency' : 'Leniency per interviewer', LENIENCY_COLUMNS, rows),
    actions(csvLink('leniency')));
}

/** Sums level counts per competency (competency-profiles has one row per interviewer and competency). */
function perCompetency(rows) {
  const sums = new Map();
  for (const r of rows) {
    const counts = sums.get(r.competency) || [0, 0, 0, 0];
    [1, 2, 3, 4].forEach((level) => { counts[level - 1] += num(r[`level_${level}`]) || 0; });
    sums.set(r.competency, counts);
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([competency, counts]) => ({ label: competencyLabel(competency), competency, counts }));
}

function distributionChart(id, title, rows) {
  return chart((width) => stackedChart({
    title, width, rows, keys: LEVELS,
    description: rows.map((r) => `${r.label}: ${r.counts.map((c, i) => `level ${i + 1} ${c}`).join(', ')}`).join('; '),
  }));
}

const PROFILE_COLUMNS = [
  { key: 'interviewer_id', label: 'Interviewer', text: (r) => interviewerLabel(r.interviewer_id) },
  { key: 'competency', label: 'Competency', text: (r) => competencyLabel(r.competency) },
  { key: 'count', label: 'Scores', digits: 0 },
  { key: 'mean', label: 'Mean' },
  { key: 'sd', label: 'SD' },
  { key: 'level_1', label: 'L1', digits: 0 },
  { key: 'level_2', label: 'L2', digits: 0 },
  { key: 'level_3', label: 'L3', digits: 0 },
  { key: 'level_4', label: 'L4', digits: 0 },
];

function teamDistributionSection(profiles) {
  const rows = perCompetency(profiles);
  const title = 'Score distribution per competency';
  return card('distribution', title, 'The share of levels 1 to 4 the team gave in each competency, all interviewers together.',
    distributionChart('distribution', title, rows),
    table('competency-profiles', 'Per interviewer and competency', PROFILE_COLUMNS, profiles),
    actions(csvLink('competency-profiles')));
}

function ownDistributionSection(profiles, team) {
  const mine = perCompetency(profiles);
  const teamRows = team.map((r) => ({ label: competencyLabel(r.competency), competency: r.competency, counts: [r.level_1, r.level_2, r.level_3, r.level_4].map((c) => num(c) || 0) }));
  const ownTitle = 'Your scores per competency';
  const teamTitle = 'Team distribution (anonymised)';
  return el('div', { class: 'stack' },
    card('own-distribution', ownTitle, 'The levels you gave in each competency.',
      mine.length ? distributionChart('own', ownTitle, mine) : el('p', { class: 'empty', text: 'You have not scored any round yet.' }),
      mine.length ? table('competency-profiles', 'Your scores per competency', PROFILE_COLUMNS.slice(1), profiles) : null,
      mine.length ? actions(csvLink('competency-profiles')) : null),
    card('team-distribution', teamTitle, 'All interviewers of the team together, without names: compare your spread of levels with the team\'s.',
      teamRows.length ? distributionChart('team', teamTitle, teamRows) : el('p', { class: 'empty', text: 'The team has no scores yet.' }),
      table('team-distribution', 'Team distribution per competency (anonymised)', [
        { key: 'competency', label: 'Competency', text: (r) => competencyLabel(r.competency) },
        { key: 'count', label: 'Scores', digits: 0 },
        { key: 'level_1', label: 'L1', digits: 0 },
        { key: 'level_2', label: 'L2', digits: 0 },
        { key: 'level_3', label: 'L3', digits: 0 },
        { key: 'level_4', label: 'L4', digits: 0 },
      ], team),
      actions(csvLink('team-distribution'))));
}

function driftSection(rows) {
  const title = 'Drift per interviewer by month';
  const intro = 'Each interviewer\'s mean deviation from the other interviewers, per calendar month (UTC): a line moving away from zero is drifting.';
  if (!rows.length) return card('drift', title, intro, el('p', { class: 'empty', text: 'Not enough dated scores for drift yet.' }));
  const categories = [...new Set(rows.map((r) => r.month))].sort();
  const byInterviewer = new Map();
  for (const r of rows) {
    if (!byInterviewer.has(r.interviewer_id)) byInterviewer.set(r.interviewer_id, []);
    byInterviewer.get(r.interviewer_id).push({ x: r.month, y: num(r.leniency), n: r.ratings });
  }
  const series = [...byInterviewer.entries()].map(([id, points]) => ({ name: interviewerLabel(id), points }));
  const trends = [...byInterviewer.keys()].map((id) => rows.find((r) => r.interviewer_id === id));
  return card('drift', title, intro,
    chart((width) => lineChart({
      title, width, categories, series, yLabel: 'leniency (levels)',
      description: series.map((s) => `${s.name}: ${s.points.map((p) => `${p.x} ${signed(p.y)}`).join(', ')}`).join('; '),
    })),
    table('drift-trend', 'Trend per interviewer (levels per month)', [
      { key: 'interviewer_id', label: 'Interviewer', text: (r) => interviewerLabel(r.interviewer_id) },
      { key: 'trend_per_month', label: 'Trend / month', signed: true, digits: 3 },
      { key: 'trend_lower_95', label: '95% low', signed: true, digits: 3 },
      { key: 'trend_upper_95', label: '95% high', signed: true, digits: 3 },
    ], trends),
    details('Every month',
      table('drift', 'Leniency per interviewer and month', [
        { key: 'interviewer_id', label: 'Interviewer', text: (r) => interviewerLabel(r.interviewer_id) },
        { key: 'month', label: 'Month' },
        { key: 'ratings', label: 'Scores', digits: 0 },
        { key: 'leniency', label: 'Leniency', signed: true },
        { key: 'lower_95', label: '95% low', signed: true },
        { key: 'upper_95', label: '95% high', signed: true },
      ], rows)),
    actions(csvLink('drift')));
}

function agreementSection(rows, kappaRows) {
  const intro = 'How well interviewers agree when they score the same round. ICC bands after Koo & Li (2016), '
    + 'Krippendorff\'s α after Krippendorff (2004), Fleiss\' κ after Landis & Koch (1977).';
  const parts = [];
  if (rows.length) {
    const iccRows = rows.map((r) => ({ key: r.competency, label: competencyLabel(r.competency), value: num(r.icc_2_1), lower: num(r.icc_2_1_lower_95), upper: num(r.icc_2_1_upper_95), colour: '#0072B2' }));
    const alphaRows = rows.map((r) => ({ key: r.competency, label: competencyLabel(r.competency), value: num(r.alpha_ordinal), colour: '#009E73' }));
    const lowest = Math.min(0, ...rows.flatMap((r) => [r.icc_2_1_lower_95, r.alpha_ordinal, r.alpha_interval]).map(num).filter(Number.isFinite));
    const domain = [Math.max(-1, Math.floor(lowest * 4) / 4), 1];
    parts.push(
      el('h3', { text: 'ICC(2,1): single interviewer, absolute agreement' }),
      chart((width) => intervalChart({
        title: 'ICC(2,1) per competency with 95% interval', width, rows: iccRows, domain, bands: BANDS.icc, kind: 'icc',
        valueLabel: (r) => `${fixed(r.value)} ${interpret(r.value, BANDS.icc)}`,
        description: iccRows.map((r) => `${r.label}: ${fixed(r.value)} (${interpret(r.value, BANDS.icc) || 'not computable'})`).join('; '),
      })),
      el('h3', { text: 'Krippendorff\'s α (ordinal)' }),
      chart((width) => intervalChart({
        title: 'Krippendorff\'s alpha (ordinal) per competency', width, rows: alphaRows, domain, bands: BANDS.alpha, kind: 'alpha',
        valueLabel: (r) => `${fixed(r.value)} ${interpret(r.value, BANDS.alpha)}`,
        description: alphaRows.map((r) => `${r.label}: ${fixed(r.value)} (${interpret(r.value, BANDS.alpha) || 'not computable'})`).join('; '),
      })),
      table('agreement', 'Agreement per competency (all forms)', [
        { key: 'competency', label: 'Competency', text: (r) => competencyLabel(r.competency) },
        { key: 'targets', label: 'Rounds', digits: 0 },
        { key: 'interviewers', label: 'Interviewers', digits: 0 },
        { key: 'alpha_interval', label: 'α interval', digits: 3 },
        { key: 'alpha_ordinal', label: 'α ordinal', digits: 3 },
        { key: 'alpha_band', label: 'α reading', text: (r) => interpret(num(r.alpha_ordinal), BANDS.alpha) || '–' },
        { key: 'icc_1_1', label: 'ICC(1,1)', digits: 3 },
        { key: 'icc_2_1', label: 'ICC(2,1)', digits: 3 },
        { key: 'icc_2_1_lower_95', label: '95% low', digits: 3 },
        { key: 'icc_2_1_upper_95', label: '95% high', digits: 3 },
        { key: 'icc_band', label: 'ICC reading', text: (r) => interpret(num(r.icc_2_1), BANDS.icc) || '–' },
        { key: 'icc_3_1', label: 'ICC(3,1)', digits: 3 },
        { key: 'icc_2_k', label: 'ICC(2,k)', digits: 3 },
        { key: 'icc_3_k', label: 'ICC(3,k)', digits: 3 },
        { key: 'icc_targets', label: 'ICC rounds', digits: 0 },
        { key: 'icc_interviewers', label: 'ICC interviewers', digits: 0 },
      ], rows),
      actions(csvLink('agreement')));
  } else {
    parts.push(el('p', { class: 'empty', text: 'No round has been scored by two interviewers yet, so agreement cannot be computed.' }));
  }
  parts.push(el('h3', { text: 'Recommendations: Fleiss\' κ' }));
  if (kappaRows.length) {
    const k = kappaRows[0];
    const rowsForChart = [{ key: 'kappa', label: `κ over ${k.subjects} candidates, ${k.raters_per_subject} interviewers each`, value: num(k.kappa), colour: '#CC79A7' }];
    parts.push(
      el('p', {}, el('span', { class: 'kappa', id: 'kappa-value', text: fixed(num(k.kappa), 3), dataset: { value: String(k.kappa) } }),
        el('span', { class: 'pill info label-pill', text: interpret(num(k.kappa), BANDS.kappa) || 'not computable' })),
      chart((width) => intervalChart({
        title: 'Fleiss\' kappa on recommendations', width, rows: rowsForChart, domain: [-1, 1], bands: BANDS.kappa, kind: 'kappa',
        valueLabel: (r) => fixed(r.value, 3),
        description: `kappa ${fixed(num(k.kappa), 3)}: ${interpret(num(k.kappa), BANDS.kappa)} agreement`,
      })),
      table('recommendation-agreement', 'Fleiss\' κ on recommendations', [
        { key: 'subjects', label: 'Candidates', digits: 0 },
        { key: 'raters_per_subject', label: 'Interviewers each', digits: 0 },
        { key: 'kappa', label: 'κ', digits: 3 },
        { key: 'mean_agreement', label: 'P̄', digits: 3 },
        { key: 'chance_agreement', label: 'P̄e', digits: 3 },
        { key: 'standard_error_under_null', label: 'SE₀', digits: 3 },
        { key: 'z', label: 'z', digits: 2 },
      ], kappaRows),
      actions(csvLink('recommendation-agreement')));
  } else {
    parts.push(el('p', { class: 'empty', text: 'No candidate has recommendations from two interviewers yet.' }));
  }
  return card('agreement', 'Agreement', intro, ...parts);
}

function adjustedSection(tables) {
  return card('adjusted', 'Severity-adjusted scores', 'A candidate\'s score with each interviewer\'s severity taken out (additive model: score = μ + ability − severity).',
    details('Severities per interviewer',
      table('severities', 'Severity per interviewer', [
        { key: 'interviewer_id', label: 'Interviewer', text: (r) => interviewerLabel(r.interviewer_id) },
        { key: 'ratings', label: 'Scores', digits: 0 },
        { key: 'raw_mean', label: 'Raw mean' },
        { key: 'severity', label: 'Severity', signed: true },
      ], tables.severities || []),
      actions(csvLink('severities'))),
    details('Adjusted scores per candidate',
      table('adjusted-scores', 'Adjusted score per candidate', [
        { key: 'candidate_id', label: 'Candidate' },
        { key: 'ratings', label: 'Scores', digits: 0 },
        { key: 'raw_mean', label: 'Raw mean' },
        { key: 'ability', label: 'Ability', signed: true },
        { key: 'adjusted_score', label: 'Adjusted' },
        { key: 'adjusted_score_1_4', label: 'Adjusted (1–4)' },
      ], tables['adjusted-scores'] || []),
      actions(csvLink('adjusted-scores'))));
}

function ledgerSection(tables, own) {
  const scores = tables.scores || [];
  const shown = scores.slice(-200);
  return card('ledger', own ? 'Your scores' : 'The ledger', own ? 'Every score you gave, live or imported.' : 'Every score and recommendation of the team, live or imported.',
    details(`${scores.length} score${scores.length === 1 ? '' : 's'}${shown.length < scores.length ? ` (the latest ${shown.length} shown; the CSV has all)` : ''}`,
      table('scores', 'Scores', [
        { key: 'interviewer_id', label: 'Interviewer', text: (r) => interviewerLabel(r.interviewer_id) },
        { key: 'candidate_id', label: 'Candidate' },
        { key: 'session_id', label: 'Session' },
        { key: 'competency', label: 'Competency', text: (r) => competencyLabel(`${r.round_kind}/${r.competency}`) },
        { key: 'level', label: 'Level', digits: 0 },
        { key: 'scored_at', label: 'Scored at' },
        { key: 'source', label: 'Source' },
      ], shown)),
    actions(csvLink('scores', 'Download scores CSV'), own ? null : csvLink('recommendations', 'Download recommendations CSV')));
}

function notesSection(notes) {
  if (!notes.length) return null;
  return card('notes', 'Figures left out', 'What the data cannot support yet, and why.',
    el('ul', { class: 'notes' }, notes.map((note) => el('li', { text: note }))));
}

// ---- the page ----

function render(answer) {
  charts = [];
  const tables = answer.tables || {};
  const own = answer.scope !== 'team';
  $('#header-sub').textContent = `team ${answer.teamId}${user ? ` · ${user.displayName}` : ''}`;
  $('#scope-note').textContent = own
    ? 'You see your own figures and the team\'s anonymised distribution. Other interviewers\' figures are for hiring managers.'
    : 'Team-wide figures for the team\'s hiring managers: every interviewer of the team.';
  document.body.dataset.scope = answer.scope;
  $('#import-card').hidden = own;

  const hasTeamData = own ? (tables['team-distribution'] || []).length > 0 : (tables.scores || []).length > 0;
  $('#empty').hidden = hasTeamData;
  if (!hasTeamData) {
    replace(figures);
    return;
  }
  if (own) {
    // notes about named raters belong to the team view
    const notes = (answer.notes || []).filter((note) => note.startsWith('leniency:') && !note.includes('rater '));
    replace(figures,
      leniencySection(tables.leniency || [], true),
      ownDistributionSection(tables['competency-profiles'] || [], tables['team-distribution'] || []),
      ledgerSection(tables, true),
      notesSection(notes));
  } else {
    replace(figures,
      leniencySection(tables.leniency || [], false),
      teamDistributionSection(tables['competency-profiles'] || []),
      driftSection(tables.drift || []),
      agreementSection(tables.agreement || [], tables['recommendation-agreement'] || []),
      adjustedSection(tables),
      ledgerSection(tables, false),
      notesSection(answer.notes || []));
  }
  drawCharts();
}

async function load() {
  $('#page-error').textContent = '';
  $('#loading').hidden = false;
  document.body.dataset.state = 'loading';
  try {
    const [me, answer, directory] = await Promise.all([api('/api/auth/me'), api('/api/calibration/statistics'),
      teamNames()]);
    user = { ...(user || {}), ...me };
    names = directory;
    $('#exercises').hidden = false;
    render(answer);
    document.body.dataset.state = 'ready';
    exercises.load(user);
  } catch (failure) {
    if (failure.status === 401) return signInAgain();
    document.body.dataset.state = 'failed';
    $('#exercises').hidden = true;
    $('#page-error').textContent = failure.status === 403
      ? 'Calibration is for the hiring team: sign in with a team account.'
      : `The figures could not be loaded: ${failure.message}`;
  } finally {
    $('#loading').hidden = true;
  }
}

// ---- importing past scorecards ----

async function submitImport(event) {
  event.preventDefault();
  const file = $('#import-file').files[0];
  const csv = file ? await file.text() : $('#import-text').value;
  const box = $('#import-error');
  box.hidden = true;
  replace($('#import-problems'));
  $('#import-status').textContent = '';
  if (!csv.trim()) {
    $('#import-error-message').textContent = 'Choose a CSV file or paste its contents.';
    box.hidden = false;
    return;
  }
  const button = $('#import-submit');
  button.disabled = true;
  $('#import-status').textContent = 'Importing…';
  try {
    const response = await fetch('/api/calibration/imports', {
      method: 'POST',
      headers: { Authorization: `Bearer ${auth.token()}`, 'Content-Type': 'text/csv', Accept: 'application/json' },
      body: csv,
    });
    if (response.status === 401) return signInAgain();
    let answer = null;
    try {
      answer = await response.json();
    } catch (ignored) {
      answer = null;
    }
    if (!response.ok) {
      $('#import-status').textContent = '';
      $('#import-error-message').textContent = (answer && answer.message) || `The import failed (${response.status}).`;
      replace($('#import-problems'), ((answer && answer.problems) || []).map((problem) => el('li', { text: problem })));
      box.hidden = false;
      return;
    }
    $('#import-status').textContent = `Imported ${answer.scores} score${answer.scores === 1 ? '' : 's'} and ${answer.recommendations} recommendation${answer.recommendations === 1 ? '' : 's'}.`;
    $('#import-text').value = '';
    $('#import-file').value = '';
    await load();
  } catch (failure) {
    $('#import-status').textContent = '';
    $('#import-error-message').textContent = `The server cannot be reached: ${failure.message}`;
    box.hidden = false;
  } finally {
    button.disabled = false;
  }
}

const exercises = mountExercises($('#exercises'));

$('#import-form').addEventListener('submit', submitImport);
$('#refresh').addEventListener('click', load);

let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (figures.clientWidth !== lastWidth) drawCharts();
  }, 120);
});

if (requireStaffToken()) load();
