import { z } from 'zod';

/** How bad a message is: an `error` makes `validate` fail, a `warning` does not. */
export const MessageSeverity = z.enum(['error', 'warning']);
export type MessageSeverity = z.infer<typeof MessageSeverity>;

/** A problem found in a draft, with where it is; printed as `file:line:column: message [rule]`. */
export const Message = z.object({
  /** Path of the file the message is about, as given by the user. */
  file: z.string(),
  /** 1-based line of the problem. */
  line: z.number().int().min(1),
  /** 1-based column of the problem. */
  column: z.number().int().min(1),
  /** Error or warning. */
  severity: MessageSeverity,
  /** Kebab-case rule id, e.g. `front-matter-unknown-field`. */
  rule: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** What is wrong, in one sentence a user can act on. */
  message: z.string(),
});
export type Message = z.infer<typeof Message>;

// The functions on messages need no zod: they live apart, so that printing messages does not load it.
export { compareMessages, formatMessage } from './format-message.js';
