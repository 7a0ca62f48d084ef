import type { Draft } from '../model/draft.js';

/**
 * Orders versions of an agreement: a version comes after the one it `follows`; otherwise by date (partial
 * dates such as `2025-11` sort before full ones of the same month), then by id. Cycles are broken by date.
 */
export function orderVersions<T extends Pick<Draft, 'id' | 'date' | 'follows'>>(drafts: readonly T[]): T[] {
  const byDate = [...drafts].sort((a, b) => {
    const da = a.date ?? '9999';
    const db = b.date ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const ids = new Set(byDate.map((d) => d.id));
  const placedIds = new Set<string>();
  const placed = new Set<T>();
  const out: T[] = [];
  while (out.length < byDate.length) {
    // The earliest version whose predecessor is placed (or absent); if none (a cycle), the earliest left.
    const next =
      byDate.find((d) => !placed.has(d) && (d.follows === null || !ids.has(d.follows) || placedIds.has(d.follows))) ??
      byDate.find((d) => !placed.has(d))!;
    placed.add(next);
    placedIds.add(next.id);
    out.push(next);
  }
  return out;
}
