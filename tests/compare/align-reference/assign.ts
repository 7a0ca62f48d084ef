// Frozen copy of src/compare/assign.ts before the speed work (commit 8cf1940): the plain definition the
// alignment's shortcuts are proved equal to in tests/compare/align-fast-paths.test.ts. Deliberately duplicated; do not edit.
/** A candidate pairing of a left item with a right item and how good it is (higher is better). */
export interface Edge {
  /** Index on the left. */
  left: number;
  /** Index on the right. */
  right: number;
  /** Score; only positive scores are worth pairing. */
  score: number;
}

/** Largest left × right size solved exactly in one piece; larger components are solved in windows. */
const MAX_CELLS = 160 * 160;
const WINDOW = 120;

/** Minimum-cost assignment of every row to a distinct column (rows ≤ columns), Hungarian method, O(rows² · columns). */
function hungarian(cost: readonly Float64Array[], rows: number, cols: number): Int32Array {
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const p = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(cols + 1).fill(Infinity);
    const used = new Uint8Array(cols + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      const row = cost[i0 - 1]!;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = row[j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowToCol = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (p[j]! > 0) rowToCol[p[j]! - 1] = j - 1;
  return rowToCol;
}

/** Best total-score pairing of a small set of edges (each item used at most once). */
function solveExactly(edges: readonly Edge[]): Edge[] {
  const lefts = [...new Set(edges.map((e) => e.left))].sort((a, b) => a - b);
  const rights = [...new Set(edges.map((e) => e.right))].sort((a, b) => a - b);
  const transpose = lefts.length > rights.length;
  const rowsOf = transpose ? rights : lefts;
  const colsOf = transpose ? lefts : rights;
  const rowIndex = new Map(rowsOf.map((item, k) => [item, k]));
  const colIndex = new Map(colsOf.map((item, k) => [item, k]));
  const cost = rowsOf.map(() => new Float64Array(colsOf.length));
  const byCell = new Map<number, Edge>();
  for (const edge of edges) {
    const r = rowIndex.get(transpose ? edge.right : edge.left)!;
    const c = colIndex.get(transpose ? edge.left : edge.right)!;
    if (-edge.score < cost[r]![c]!) {
      cost[r]![c] = -edge.score;
      byCell.set(r * colsOf.length + c, edge);
    }
  }
  const rowToCol = hungarian(cost, rowsOf.length, colsOf.length);
  const chosen: Edge[] = [];
  rowToCol.forEach((c, r) => {
    const edge = byCell.get(r * colsOf.length + c);
    if (c >= 0 && edge !== undefined) chosen.push(edge);
  });
  return chosen;
}

/**
 * Optimal one-to-one assignment over a sparse set of candidate edges: each connected component is solved with the
 * Hungarian method; a component too large for that is solved in windows of consecutive left items.
 */
export function assignPairs(edges: readonly Edge[]): Edge[] {
  const positive = edges.filter((e) => e.score > 0);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const e of positive) {
    const a = find(`l${e.left}`);
    const b = find(`r${e.right}`);
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    if (a !== b) parent.set(b, a);
  }
  const components = new Map<string, Edge[]>();
  for (const e of positive) {
    const root = find(`l${e.left}`);
    const list = components.get(root);
    if (list === undefined) components.set(root, [e]);
    else list.push(e);
  }
  const chosen: Edge[] = [];
  for (const list of components.values()) {
    const lefts = new Set(list.map((e) => e.left)).size;
    const rights = new Set(list.map((e) => e.right)).size;
    if (lefts * rights <= MAX_CELLS) {
      chosen.push(...solveExactly(list));
      continue;
    }
    const sorted = [...list].sort((x, y) => x.left - y.left || x.right - y.right);
    const taken = new Set<number>();
    const lefts2 = [...new Set(sorted.map((e) => e.left))];
    for (let start = 0; start < lefts2.length; start += WINDOW) {
      const window = new Set(lefts2.slice(start, start + WINDOW));
      const part = sorted.filter((e) => window.has(e.left) && !taken.has(e.right));
      for (const edge of solveExactly(part)) {
        taken.add(edge.right);
        chosen.push(edge);
      }
    }
  }
  return chosen.sort((x, y) => x.left - y.left);
}
