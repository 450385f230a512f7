// Pieces the live pages share: the connection indicator, presence, and the transcript list.

import { el, replace } from './dom.js';
import { offset } from './time.js';

const CONNECTION = {
  connecting: ['info', 'Connecting…'],
  connected: ['ok', 'Connected'],
  reconnecting: ['warn', 'Reconnecting…'],
  offline: ['danger', 'Offline'],
};

/** The connection pill; returns update(status, pendingCommands). */
export function connectionIndicator(element) {
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  return (status, pending = 0) => {
    const [kind, text] = CONNECTION[status] || CONNECTION.connecting;
    element.className = `pill ${kind}`;
    element.dataset.status = status || 'connecting';
    element.textContent = pending && status !== 'connected' ? `${text} (${pending} waiting to send)` : text;
    element.title = status === 'connected'
      ? 'Live: changes appear as they happen'
      : 'Changes made now are sent as soon as the connection is back';
  };
}

const PRESENCE = {
  CONNECTED: ['ok', 'connected'],
  RECONNECTING: ['warn', 'reconnecting'],
  LEFT: ['danger', 'left'],
};

/** Writes "<who> connected / reconnecting / left / not joined yet" into a pill. */
export function showPresence(element, who, participation) {
  const [kind, text] = participation ? PRESENCE[participation.status] || ['', 'unknown'] : ['', 'not joined yet'];
  element.className = `pill ${kind}`;
  element.dataset.presence = participation ? participation.status : 'ABSENT';
  element.textContent = `${who} ${text}`;
}

/** The participant of a role in a participants map (interviewer state) or list (candidate view). */
export function participantOf(participants, role) {
  const all = Array.isArray(participants) ? participants : Object.values(participants || {});
  return all
    .map((p) => (p.actor ? { displayName: p.actor.displayName, role: p.actor.role, status: p.status, userId: p.actor.userId } : p))
    .filter((p) => p.role === role);
}

/**
 * The transcript: what was said, typed and chatted, in sequence order, each line once.
 * Lines have id seq-N so other pages (the report) can point at them.
 */
export class TranscriptView {
  constructor(list, { myUserId, roundTitle } = {}) {
    this.list = list;
    this.myUserId = myUserId;
    this.roundTitle = roundTitle || ((index) => `Round ${index + 1}`);
    this.seen = new Set();
    list.setAttribute('aria-live', 'polite');
    list.setAttribute('aria-relevant', 'additions');
    this.placeholder = el('li', { class: 'system empty-line' }, el('div', { class: 'line-text', text: 'Nothing said yet.' }));
    list.append(this.placeholder);
  }

  /** Adds a line for an utterance.recorded or chat.posted envelope; returns false when it was there already. */
  add(envelope) {
    const event = envelope.event;
    if (this.seen.has(envelope.sequence)) return false;
    this.seen.add(envelope.sequence);
    const who = event.speaker || event.author || {};
    const kind = event.type === 'chat.posted' ? 'Chat' : event.source === 'SPEECH' ? 'Spoken' : 'Answer';
    const moment = event.moment || {};
    const where = moment.roundIndex >= 0 ? `${this.roundTitle(moment.roundIndex)} · ${offset(moment.offset)}` : 'Before the first round';
    const role = (who.role || '').toLowerCase();
    const mine = this.myUserId && who.userId === this.myUserId;
    const line = el('li', { id: `seq-${envelope.sequence}`, class: `line ${role}`, dataset: { sequence: envelope.sequence } },
      el('div', { class: 'line-meta' },
        el('span', { class: `speaker ${role}`, text: mine ? `${who.displayName || 'You'} (you)` : who.displayName || 'Someone' }),
        el('span', { class: 'kind', text: kind }),
        el('span', { text: where })),
      el('div', { class: 'line-text', text: event.text || '' }));
    this.placeholder.remove();
    const nearBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 80;
    // keep sequence order even if a line arrives late (history after live, say)
    const later = Array.from(this.list.children).find((child) => Number(child.dataset.sequence) > envelope.sequence);
    this.list.insertBefore(line, later || null);
    if (nearBottom || !later) this.list.scrollTop = this.list.scrollHeight;
    return true;
  }

  /** A line from the page itself (e.g. lines missed while the events were no longer kept). */
  notice(text) {
    this.placeholder.remove();
    const last = this.list.lastElementChild;
    const sequence = last ? Number(last.dataset.sequence || 0) : 0;
    this.list.append(el('li', { class: 'system', dataset: { sequence } }, el('div', { class: 'line-text', text })));
  }

  clearPlaceholder() {
    this.placeholder.remove();
  }

  count() {
    return this.seen.size;
  }
}

/** The kind of a round as words. */
export function kindLabel(kind) {
  return { CODING: 'Coding', SYSTEM_DESIGN: 'System design', BEHAVIORAL: 'Behavioral' }[kind] || kind || '';
}

/** The phase pills of a round: done, now, next. */
export function renderPhases(list, titles, currentIndex) {
  replace(list, (titles || []).map((title, index) => el('li', {
    class: index < currentIndex ? 'done' : index === currentIndex ? 'now' : '',
    'aria-current': index === currentIndex ? 'step' : null,
    text: title,
  })));
}
