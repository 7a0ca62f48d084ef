import type { History, Lineage } from '../model/history.js';

/** The lineage an id names: by lineage id, else by the id of its latest clause, else by the id its clause has in any version. */
export function findLineage(history: History, id: string): Lineage | null {
  return (
    history.lineages.find((l) => l.id === id) ??
    history.lineages.find((l) => l.latest.id === id) ??
    history.lineages.find((l) => l.steps.some((s) => s.clause?.id === id)) ??
    null
  );
}
