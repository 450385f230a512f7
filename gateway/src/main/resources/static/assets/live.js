// A session's live connection: STOMP 1.2 over the gateway's WebSocket, with automatic reconnect
// (exponential backoff), resume after every (re)connect, and commands that survive a dropped
// connection.
//
// Ordering and dedupe: every event carries the session's sequence number. This tab remembers the
// last one it applied; after (re)subscribing (with receipts) it asks the gateway to resume after
// that number and buffers live events until the replay has been applied. Anything at or below the
// last applied number is dropped, so nothing shows twice; numbers may skip (a candidate never
// receives interviewer-only events), so gaps are never waited for. A replay with a snapshot means
// the events are no longer all kept: the page starts over from the snapshot.

import { Client } from '/vendor/stomp.js';
import { newId } from './dom.js';

const MAX_BACKOFF_MS = 10_000;
const REPLAY_TIMEOUT_MS = 15_000;
const HEARTBEAT_MS = 10_000;

export class LiveSession {
  /**
   * options: sessionId, token, interviewer (subscribe to interviewer-only events too),
   * afterSequence (resume point of the first connect; 0 replays what the session still keeps),
   * onEvent(envelope), onSnapshot(view, replay), onStatus(status, pendingCommands),
   * onError(clientError) for errors not tied to a pending command, onAuthFailure().
   * Statuses: connecting, connected, reconnecting, offline.
   */
  constructor(options) {
    this.sessionId = options.sessionId;
    this.token = options.token;
    this.interviewer = Boolean(options.interviewer);
    this.lastApplied = options.afterSequence || 0;
    this.onEvent = options.onEvent || (() => {});
    this.onSnapshot = options.onSnapshot || (() => {});
    this.onStatus = options.onStatus || (() => {});
    this.onError = options.onError || (() => {});
    this.onAuthFailure = options.onAuthFailure || (() => {});
    this.pending = new Map();
    this.client = null;
    this.generation = 0;
    this.synced = false;
    this.everSynced = false;
    this.buffer = [];
    this.failures = 0;
    this.status = null;
    this.stopped = false;
  }

  start() {
    window.addEventListener('offline', () => this.#lost());
    window.addEventListener('online', () => {
      if (!this.synced) {
        this.failures = 0;
        this.#connect();
      }
    });
    // a clean goodbye: the others see "left" rather than "reconnecting"
    window.addEventListener('pagehide', () => this.stop());
    // back from the back-forward cache with a stopped connection: start over
    window.addEventListener('pageshow', (event) => event.persisted && location.reload());
    this.#connect();
    return this;
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.replayTimer);
    const client = this.client;
    this.generation++;
    this.client = null;
    if (client) client.deactivate().catch(() => {});
  }

  /**
   * Sends a command; resolves once the platform stored it (RECEIPT), rejects with the gateway's
   * error. Sent now when connected, otherwise as soon as the connection is back; a resend after a
   * lost receipt carries the same commandId, which the platform applies only once.
   */
  send(command) {
    const commandId = newId();
    return new Promise((resolve, reject) => {
      const entry = { commandId, command, resolve, reject };
      this.pending.set(commandId, entry);
      if (this.synced) this.#publish(entry);
      this.#announce();
    });
  }

  // ---- connection lifecycle ----

  #connect() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.#discard();
    if (!navigator.onLine) {
      this.#setStatus('offline');
      return;
    }
    this.#setStatus(this.everSynced ? 'reconnecting' : 'connecting');
    const generation = this.generation;
    const current = () => generation === this.generation;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const client = new Client({
      brokerURL: `${scheme}://${location.host}/ws?access_token=${encodeURIComponent(this.token)}`,
      reconnectDelay: 0, // reconnects are ours: backoff, resume and buffering
      heartbeatIncoming: HEARTBEAT_MS,
      heartbeatOutgoing: HEARTBEAT_MS,
      connectionTimeout: 10_000,
      discardWebsocketOnCommFailure: true,
      onConnect: () => current() && this.#connected(client, current),
      onStompError: (frame) => {
        if (!current()) return;
        this.onError({ code: 'stomp-error', message: frame.headers.message || 'The server refused a request' });
      },
      onWebSocketClose: () => current() && this.#lost(),
    });
    this.client = client;
    client.activate();
  }

  #connected(client, current) {
    this.synced = false;
    this.buffer = [];
    const subscribe = (destination, handler) => new Promise((resolve) => {
      const receipt = `sub-${newId()}`;
      client.watchForReceipt(receipt, resolve);
      client.subscribe(destination, (message) => {
        if (!current()) return;
        let body;
        try {
          body = JSON.parse(message.body);
        } catch (ignored) {
          return;
        }
        handler(body);
      }, { receipt });
    });
    // The session's event stream first, alone: subscribing to it is what tells the gateway that
    // this participant is here, and the gateway reads who is subscribing from the frames it has
    // finished handling, so nothing else may be in flight at that moment.
    subscribe(`/topic/sessions/${this.sessionId}/events`, (event) => this.#live(event))
      .then(() => current() && Promise.all([
        subscribe('/user/queue/errors', (error) => this.#clientError(error)),
        subscribe('/user/queue/replay', (replay) => this.#replayed(replay)),
        this.interviewer
          ? subscribe(`/topic/sessions/${this.sessionId}/interviewer-events`, (event) => this.#live(event))
          : null,
        // blind scoring: an interviewer's own scores and recommendations come to them alone
        this.interviewer ? subscribe('/user/queue/scores', (event) => this.#live(event)) : null,
      ]))
      .then(() => current() && this.#resume(client, current));
  }

  #resume(client, current) {
    client.publish({
      destination: `/app/sessions/${this.sessionId}/resume`,
      body: JSON.stringify({ afterSequence: this.lastApplied }),
      headers: { 'content-type': 'application/json' },
    });
    clearTimeout(this.replayTimer);
    this.replayTimer = setTimeout(() => current() && this.#lost(), REPLAY_TIMEOUT_MS);
  }

  #replayed(replay) {
    if (!replay || replay.sessionId !== this.sessionId || this.synced) return;
    clearTimeout(this.replayTimer);
    if (replay.snapshot) {
      this.lastApplied = replay.upToSequence;
      this.onSnapshot(replay.snapshot, replay);
    } else {
      for (const event of replay.events || []) this.#apply(event);
    }
    const buffered = this.buffer.sort((a, b) => a.sequence - b.sequence);
    this.buffer = [];
    this.synced = true;
    this.everSynced = true;
    this.failures = 0;
    for (const event of buffered) this.#apply(event);
    this.#setStatus('connected');
    for (const entry of this.pending.values()) this.#publish(entry);
  }

  #live(envelope) {
    if (!envelope || envelope.sessionId !== this.sessionId) return;
    if (this.synced) this.#apply(envelope);
    else this.buffer.push(envelope);
  }

  #apply(envelope) {
    if (typeof envelope.sequence !== 'number' || envelope.sequence <= this.lastApplied) return;
    this.lastApplied = envelope.sequence;
    try {
      this.onEvent(envelope);
    } catch (failure) {
      // a rendering bug must not stop the stream; it shows up in the console for developers
      console.warn('Could not show event', envelope.sequence, failure);
    }
  }

  #lost() {
    if (this.stopped) return;
    const wasSynced = this.synced;
    this.#discard();
    if (!navigator.onLine) {
      this.#setStatus('offline');
      return;
    }
    this.#setStatus(this.everSynced ? 'reconnecting' : 'connecting');
    if (!wasSynced) this.failures++;
    if (this.failures >= 2 && this.failures % 2 === 0) this.#checkToken();
    const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(this.failures, 10));
    const delay = Math.round(base * (0.75 + Math.random() * 0.5));
    this.retryTimer = setTimeout(() => this.#connect(), delay);
  }

  /** Drops the current connection without a goodbye: its callbacks no longer count. */
  #discard() {
    this.generation++;
    clearTimeout(this.replayTimer);
    this.synced = false;
    this.buffer = [];
    const client = this.client;
    this.client = null;
    if (client) client.deactivate({ force: true }).catch(() => {});
  }

  /** A handshake that keeps failing may mean the token expired: ask the API, which says so clearly. */
  async #checkToken() {
    try {
      const response = await fetch('/api/auth/me', { headers: { Authorization: `Bearer ${this.token}` } });
      if (response.status === 401) {
        this.stop();
        this.onAuthFailure();
      }
    } catch (ignored) {
      // offline: the next attempt will tell
    }
  }

  // ---- commands ----

  #publish(entry) {
    const client = this.client;
    if (!client || !this.synced) return;
    const receipt = `cmd-${entry.commandId}`;
    client.watchForReceipt(receipt, () => {
      if (this.pending.delete(entry.commandId)) {
        entry.resolve(entry.commandId);
        this.#announce();
      }
    });
    client.publish({
      destination: `/app/sessions/${this.sessionId}/commands`,
      body: JSON.stringify({ commandId: entry.commandId, command: entry.command }),
      headers: { receipt, 'content-type': 'application/json' },
    });
  }

  #clientError(error) {
    const entry = error && error.commandId ? this.pending.get(error.commandId) : null;
    if (!entry) {
      this.onError(error || {});
      return;
    }
    if (error.code === 'unavailable') {
      // not stored: the same commandId again shortly
      setTimeout(() => this.pending.has(entry.commandId) && this.#publish(entry), 1000);
      return;
    }
    this.pending.delete(entry.commandId);
    this.#announce();
    const failure = new Error(error.message || 'The command was refused');
    failure.code = error.code;
    entry.reject(failure);
  }

  #setStatus(status) {
    this.status = status;
    this.#announce();
  }

  #announce() {
    this.onStatus(this.status, this.pending.size);
  }
}
