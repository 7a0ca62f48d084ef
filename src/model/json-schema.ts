import { z } from 'zod';
import { Draft } from './draft.js';

/** The JSON Schema (draft 2020-12) of a parsed `Draft`, as `draftdiff schema` prints it. */
export function createDraftJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Draft, { target: 'draft-2020-12', cycles: 'ref', reused: 'inline' });
  return {
    ...schema,
    title: 'draftdiff Draft',
    description: 'One dated version of a draft agreement, as read from one Markdown file by draftdiff.',
  };
}
