/**
 * Plain text of mdast nodes: what a reader sees, with line breaks kept as "\n" so a paragraph can be split
 * into lines. Iterative, so deeply nested input cannot exhaust the stack.
 */
import type { Nodes } from 'mdast';
import { fastPaths } from './find-shared.js';

/** The visible text of a node: text and code values, link text, image alt text, raw inline HTML as text. */
export function inlineText(node: Nodes): string {
  // Most paragraphs and headings of a draft are one plain text: its value, without the walk.
  if (fastPaths.enabled && (node.type === 'paragraph' || node.type === 'heading') && node.children.length === 1 && node.children[0]!.type === 'text') {
    return node.children[0]!.value;
  }
  const out: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    switch (current.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
      case 'code':
      case 'yaml':
        out.push(current.value);
        break;
      case 'break':
        out.push('\n');
        break;
      case 'image':
      case 'imageReference':
        out.push(current.alt ?? '');
        break;
      case 'footnoteReference':
        out.push(`[^${current.label ?? current.identifier}]`);
        break;
      case 'tableRow':
        pushChildrenJoined(stack, current.children, ' | ');
        break;
      case 'table':
        pushChildrenJoined(stack, current.children, '\n');
        break;
      default:
        if ('children' in current) {
          const separator = isBlockContainer(current) ? '\n\n' : '';
          pushChildrenJoined(stack, current.children as Nodes[], separator);
        }
    }
  }
  return out.join('');
}

/** Joins lines of a paragraph into one line of text: each line trimmed, lines joined by a single space. */
export function reflow(text: string): string {
  if (!text.includes('\n')) return text.trim();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ');
}

function pushChildrenJoined(stack: Nodes[], children: readonly Nodes[], separator: string): void {
  for (let i = children.length - 1; i >= 0; i -= 1) {
    stack.push(children[i]!);
    if (i > 0 && separator) stack.push({ type: 'text', value: separator });
  }
}

function isBlockContainer(node: Nodes): boolean {
  return node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem' || node.type === 'root' || node.type === 'footnoteDefinition';
}
