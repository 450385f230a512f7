// Figure tables and their CSV downloads, shared by the calibration dashboard and the exercise page.
// Cells are text; numeric cells keep the API's value in data-value so tests and tools can read it.

import { auth, signInAgain } from './api.js';
import { el, toast } from './dom.js';

export const fixed = (value, digits = 2) => (typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–');
export const signed = (value, digits = 2) => (typeof value === 'number' && Number.isFinite(value)
  ? `${value > 0 ? '+' : ''}${value.toFixed(digits)}` : '–');
export const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : NaN);

/**
 * A table of rows (objects keyed by column) in a scrollable, focusable region.
 * columns: [{ key, label, digits, signed, text(row) }].
 */
export function dataTable(name, caption, columns, rows) {
  return el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    el('table', { class: 'figures', dataset: { table: name } },
      el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', text: c.label })))),
      el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => {
        if (c.text) return el('td', { text: c.text(row), dataset: { column: c.key } });
        const value = row[c.key];
        if (typeof value === 'number' || c.digits !== undefined) {
          const shown = c.digits === 0 ? fixed(value, 0) : c.signed ? signed(value, c.digits ?? 2) : fixed(value, c.digits ?? 2);
          return el('td', { class: 'num', text: shown, dataset: { column: c.key, value: value === null || value === undefined ? '' : String(value) } });
        }
        return el('td', { text: value === null || value === undefined ? '' : String(value), dataset: { column: c.key } });
      }))))));
}

/**
 * "Download CSV": a real link to a table's CSV, fetched with the bearer token and saved via a Blob.
 * name identifies the table (data-csv), file is the saved file's name.
 */
export function csvLink({ href, file, name, label = 'Download CSV' }) {
  const link = el('a', {
    class: 'button small csv-link', href, download: file, dataset: { csv: name },
    'aria-label': `${label}: ${name} table`,
  }, label);
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    link.dataset.state = 'loading';
    try {
      const response = await fetch(href, { headers: { Authorization: `Bearer ${auth.token()}`, Accept: 'text/csv' } });
      if (response.status === 401) return signInAgain();
      if (!response.ok) throw new Error(`${response.status} ${response.statusText || 'error'}`);
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const save = el('a', { href: url, download: file, hidden: true });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      link.dataset.state = 'downloaded';
      link.dataset.bytes = String(blob.size);
      toast(`Downloaded ${file}`);
    } catch (failure) {
      link.dataset.state = 'failed';
      toast(`The ${name} table could not be downloaded: ${failure.message}`, 'error');
    }
  });
  return link;
}

export function actions(...children) {
  return el('div', { class: 'figure-actions' }, ...children);
}
