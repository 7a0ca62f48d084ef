/**
 * The remark parsers (CommonMark, front matter, and GFM only where the text can hold a GFM construct). This is the
 * heavy part of reading Markdown to load (remark, micromark and their extensions take about 0.1 s to import), so it
 * lives apart: `parseMarkdown` asks for it only for text its line scanner cannot read.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Characters without which no GFM construct (table, strikethrough, footnote, task item, literal autolink) can occur. */
const NEEDS_GFM = /[|~[@]|www\.|:\/\//i;

/** Parses Markdown with remark: front matter as a `yaml` node, GFM; throws `RangeError` when nesting is too deep. */
export function parseRemark(text: string): Root {
  return (NEEDS_GFM.test(text) ? full : plain).parse(text);
}
