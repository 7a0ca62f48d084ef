import type { Message } from '../model/message.js';

/** A message before the file name is attached: what the parse stages return. */
export type Problem = Omit<Message, 'file'>;

/** Builds an error problem at a line and column. */
export function error(line: number, column: number, rule: string, message: string): Problem {
  return { line, column, severity: 'error', rule, message };
}

/** Builds a warning problem at a line and column. */
export function warning(line: number, column: number, rule: string, message: string): Problem {
  return { line, column, severity: 'warning', rule, message };
}
