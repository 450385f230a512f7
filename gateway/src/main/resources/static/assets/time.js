// Durations and the round timer. The server sends ISO-8601 durations (Java's Duration.toString:
// "PT44M59.8S", "PT-1M-5S") and timer views {running, remaining, asOf}; the page counts down itself.

const DURATION = /^(-)?P(?:(-?\d+(?:\.\d+)?)D)?(?:T(?:(-?\d+(?:\.\d+)?)H)?(?:(-?\d+(?:\.\d+)?)M)?(?:(-?\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of an ISO-8601 duration; 0 for anything unreadable. */
export function durationMs(iso) {
  if (typeof iso === 'number') return iso * 1000; // seconds, should a serializer ever write numbers
  const match = DURATION.exec(String(iso || '').trim());
  if (!match) return 0;
  const [, negative, d, h, m, s] = match;
  const ms = ((Number(d) || 0) * 86400 + (Number(h) || 0) * 3600 + (Number(m) || 0) * 60 + (Number(s) || 0)) * 1000;
  return Math.round(negative ? -ms : ms);
}

/** "mm:ss" (or "h:mm:ss"), with a minus sign when negative. */
export function clock(ms) {
  const negative = ms < 0;
  let seconds = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return `${negative ? '−' : ''}${hours ? `${hours}:${mm}` : mm}:${ss}`;
}

/** A round-clock offset for the transcript: "12:04". */
export function offset(iso) {
  return clock(Math.max(0, durationMs(iso)));
}

/**
 * The server's clock as seen from here: every timer view says when it was read (asOf), so a
 * fresh view tells how far this machine's clock is off.
 */
export const serverClock = {
  skew: 0,
  precise: false,
  syncWith(asOf) {
    const at = Date.parse(asOf);
    if (Number.isNaN(at)) return;
    this.skew = at - Date.now();
    this.precise = true;
  },
  /** From an HTTP Date header (whole seconds): used only until a timer view gives the exact time. */
  syncCoarse(httpDate) {
    const at = Date.parse(httpDate);
    if (this.precise || Number.isNaN(at)) return;
    const skew = at - Date.now();
    if (Math.abs(skew) > 1500) this.skew = skew;
  },
  now() {
    return Date.now() + this.skew;
  },
};

/** Milliseconds left on a timer view now; negative once overrun. */
export function remainingMs(timer) {
  if (!timer) return null;
  const remaining = durationMs(timer.remaining);
  if (!timer.running) return remaining;
  const asOf = Date.parse(timer.asOf);
  return Number.isNaN(asOf) ? remaining : remaining - (serverClock.now() - asOf);
}

/** Shows a timer view in an element, re-rendering every 250 ms; returns a function to update the view. */
export function mountTimer(element, { label } = {}) {
  let view = null;
  const render = () => {
    const ms = remainingMs(view);
    if (ms === null) {
      element.textContent = '--:--';
      element.className = 'timer paused';
      element.setAttribute('aria-label', `${label || 'Timer'}: not running`);
      return;
    }
    element.textContent = clock(ms);
    element.className = `timer${view.running ? '' : ' paused'}${ms < 0 ? ' overrun' : ''}`;
    element.setAttribute('aria-label', `${label || 'Timer'}: ${ms < 0 ? 'overrun by' : ''} ${clock(Math.abs(ms))}${view.running ? '' : ', paused'}`);
  };
  setInterval(render, 250);
  render();
  return (timerView) => {
    view = timerView || null;
    render();
  };
}
