import { Document, Packer, SectionType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Comparison } from '../model/comparison.js';
import { buildBody } from './docx/build-body.js';
import { buildSummary } from './docx/build-summary.js';
import { DEFAULT_AUTHOR, revisionDate } from './docx/revision.js';
import type { Revision } from './docx/revision.js';
import { sanitizeXmlText } from './docx/sanitize-xml-text.js';

/** Options of `renderDocx`. */
export interface RenderDocxOptions {
  /** Name every tracked change and comment is attributed to; `draftdiff` when not given. */
  author?: string;
  /** ISO 8601 date-time of the changes; from the new version's date (first day of a partial date) when not given. */
  date?: string;
}

/** Replaces the creation and modification times the `docx` package stamps with the revision date. */
function fixCoreProperties(xml: string, date: string): string {
  return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_m, open: string, _name: string, close: string) => `${open}${date}${close}`);
}

/** A fixed time for every zip entry, so the archive's bytes depend only on its content. */
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/** Rewrites the package so the same input gives the same bytes: fixed core-property times, fixed zip timestamps. */
function makeReproducible(bytes: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(fixCoreProperties(strFromU8(core), date));
  // The content-types part first, as Office itself writes it; the rest in the order the package gave.
  const names = Object.keys(files).sort((x, y) => Number(y === '[Content_Types].xml') - Number(x === '[Content_Types].xml'));
  const ordered: Zippable = {};
  for (const name of names) ordered[name] = [files[name]!, { mtime: ZIP_TIME }];
  return zipSync(ordered, { level: 6, mtime: ZIP_TIME });
}

/**
 * Renders a comparison as a Word document with real tracked changes: a summary section, then the new version with
 * every insertion as `w:ins` and every deletion as `w:del`, and findings as comments on their clause.
 *
 * @example
 * const bytes = await renderDocx(compareDrafts(oldDraft, newDraft), { author: 'Legal desk' });
 * await writeFile('redline.docx', bytes);
 */
export async function renderDocx(comparison: Comparison, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  if (options.date !== undefined && Number.isNaN(Date.parse(options.date))) {
    throw new TypeError(`renderDocx: date must be an ISO 8601 date-time, got ${JSON.stringify(options.date)}`);
  }
  const revision: Revision = {
    author: sanitizeXmlText(options.author ?? DEFAULT_AUTHOR),
    date: options.date ?? revisionDate(comparison.new.date),
  };
  const body = buildBody(comparison.changes, revision);
  const document = new Document({
    creator: revision.author,
    lastModifiedBy: revision.author,
    title: sanitizeXmlText(`Redline: ${comparison.old.title} → ${comparison.new.title}`),
    comments: { children: body.comments },
    sections: [
      { children: buildSummary(comparison, revision) },
      { properties: { type: SectionType.NEXT_PAGE }, children: body.paragraphs },
    ],
  });
  const packed = await Packer.toBuffer(document);
  return makeReproducible(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), revision.date);
}
