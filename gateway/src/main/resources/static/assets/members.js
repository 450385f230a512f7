// The caller's team by name: statistics and exercises identify colleagues by user id.
import { api } from './api.js';

let names = null;

/** A map of user id to display name; empty when the directory cannot be read (ids are shown instead). */
export async function teamNames() {
  if (!names) {
    names = api('/api/team/members')
      .then((members) => new Map(members.map((m) => [m.userId, m.displayName])))
      .catch(() => new Map());
  }
  return names;
}

/** "Grace Hopper (grace@team)" for a known colleague, the id alone otherwise. */
export function nameOf(directory, id) {
  const name = directory && directory.get(id);
  return name ? `${name} (${id})` : String(id);
}
