import { formatMessage } from '../model/format-message.js';
import type { Message } from '../model/message.js';
import type { Io } from './io.js';

/** Prints messages as `file:line:column: message [rule]`, one per line, to standard error. */
export function printMessages(messages: readonly Message[], io: Io, to: 'out' | 'err' = 'err'): void {
  for (const message of messages) io[to](`${formatMessage(message)}\n`);
}

/** Whether any message is an error. */
export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'error');
}
