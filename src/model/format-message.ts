import type { Message } from './message.js';

/** Formats a message the way compilers do: `file:line:column: message [rule]`. */
export function formatMessage(message: Message): string {
  const prefix = message.severity === 'warning' ? 'warning: ' : '';
  return `${message.file}:${message.line}:${message.column}: ${prefix}${message.message} [${message.rule}]`;
}

/** Orders messages by file, then line, then column, then rule, so output is stable. */
export function compareMessages(a: Message, b: Message): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
