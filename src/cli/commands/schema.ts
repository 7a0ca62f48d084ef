import { z } from 'zod';
import { Comparison } from '../../model/comparison.js';
import { createDraftJsonSchema } from '../../model/json-schema.js';
import { EXIT, UsageError } from '../io.js';
import type { Command } from '../run.js';

/** `draftdiff schema [draft|comparison]`: prints a JSON Schema. */
export const runSchema: Command = async ({ positionals }, io) => {
  const which = positionals[0] ?? 'draft';
  if (positionals.length > 1 || (which !== 'draft' && which !== 'comparison')) throw new UsageError('expected "draft" or "comparison"');
  const schema = which === 'draft' ? createDraftJsonSchema() : z.toJSONSchema(Comparison, { target: 'draft-2020-12', cycles: 'ref', reused: 'inline' });
  io.out(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
};
