import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { forEachClause } from '../../src/parse/assemble-draft.js';

interface Node {
  name: string;
  children: Node[];
}

describe('forEachClause', () => {
  test('visits every clause parents first, in reading order, with its parent', () => {
    const tree: fc.Arbitrary<Node[]> = fc.letrec((tie) => ({
      nodes: fc.oneof({ depthSize: 'small' }, fc.constant([]), fc.array(tie('node') as fc.Arbitrary<Node>, { maxLength: 4 })),
      node: fc.record({ name: fc.string({ maxLength: 3 }), children: tie('nodes') as fc.Arbitrary<Node[]> }),
    })).nodes as fc.Arbitrary<Node[]>;
    const recursive = (nodes: Node[], parent: Node | null, out: [Node, Node | null][]): [Node, Node | null][] => {
      for (const node of nodes) {
        out.push([node, parent]);
        recursive(node.children, node, out);
      }
      return out;
    };
    fc.assert(
      fc.property(tree, (nodes) => {
        const visited: [Node, Node | null][] = [];
        forEachClause(nodes, (clause, parent) => visited.push([clause, parent]));
        const expected = recursive(nodes, null, []);
        expect(visited.length).toBe(expected.length);
        visited.forEach(([clause, parent], index) => {
          expect(clause).toBe(expected[index]![0]);
          expect(parent).toBe(expected[index]![1]);
        });
      }),
      { numRuns: 500 },
    );
  });
});
