import { z } from 'zod';
import { Facts, Quote } from './facts.js';
import { Position } from './position.js';

/** An ISO 8601 calendar date, as precise as is known: `2025`, `2025-11`, `2025-11-20`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

/** How a version came to be known: reported by a journalist, leaked in full, published, or a reference text. */
export const Status = z.enum(['reported', 'leaked', 'official', 'reference']);
export type Status = z.infer<typeof Status>;

/** Whether the file holds the whole version (`full`) or only the parts that were reported (`partial`). */
export const Completeness = z.enum(['full', 'partial']);
export type Completeness = z.infer<typeof Completeness>;

/** The part a party plays in the agreement. */
export const PartyRole = z.enum(['guarantor', 'beneficiary', 'signatory', 'mediator', 'observer', 'party']);
export type PartyRole = z.infer<typeof PartyRole>;

/** Where a version comes from. */
export const Source = z.object({
  /** The publication or organisation that reported or published it, e.g. `Axios`. */
  outlet: z.string().nullable(),
  /** Link to the report or publication; only `http(s)` addresses are accepted. */
  url: z.string().nullable(),
  /** When it was reported (ISO date, as precise as known). */
  reported: IsoDate.nullable(),
  /** Who obtained the document, when it was obtained rather than published. */
  obtainedBy: z.string().nullable(),
});
export type Source = z.infer<typeof Source>;

/** A party to the agreement as the front matter declares it. */
export const Party = z.object({
  /** Canonical name, e.g. `United States`. */
  name: z.string().min(1),
  /** Other names it goes by in the text, e.g. `US`, `Washington`. */
  aliases: z.array(z.string()),
  /** Its roles; empty when not stated. */
  roles: z.array(PartyRole),
  /** Whether its signature is needed for the agreement to take effect; null when the source does not say. */
  signatureRequired: z.union([z.boolean(), z.literal('unclear')]).nullable(),
});
export type Party = z.infer<typeof Party>;

/** A link from a clause of this draft to the text it is modelled on (another draft's clause). */
export const ModelledOn = z.object({
  /** Id of the clause in this draft that follows the model; null when the whole draft does. */
  clause: z.string().nullable(),
  /** Id of the draft holding the model text. */
  draft: z.string().min(1),
  /** Id of the clause in that draft; null for the whole draft. */
  target: z.string().nullable(),
});
export type ModelledOn = z.infer<typeof ModelledOn>;

/** How a clause's numbering is written. */
export const NumberingStyle = z.enum([
  'decimal',
  'lower-alpha',
  'upper-alpha',
  'lower-roman',
  'upper-roman',
  'bullet',
]);
export type NumberingStyle = z.infer<typeof NumberingStyle>;

/** Whose words a clause's text is: the draft's own, a reporter's paraphrase, or both. */
export const Wording = z.enum(['verbatim', 'paraphrase', 'mixed']);
export type Wording = z.infer<typeof Wording>;

/** Fields shared by clauses and blocks. */
const Node = {
  /** Index in reading order over all clauses and blocks of the draft (0, 1, 2, …). */
  order: z.number().int().min(0),
  /** Where it is in the file, from its number or first character to the end of its own text. */
  position: Position,
};

const ClauseBase = z.object({
  /** Stable id: the author's `{#id}` if given, else derived from `path` (e.g. `10.d`). */
  id: z.string().min(1),
  /** Whether `id` was written by the author (and so survives renumbering) or derived from the numbering. */
  idSource: z.enum(['author', 'derived']),
  /** The number as printed: `5.`, `(b)`, `Article 5`, `§ 4`; null for a bullet point. */
  num: z.string().nullable(),
  /** The number's value, normalised: `5`, `b`, `iv`, `3.2`; null for a bullet point. */
  numValue: z.string().nullable(),
  /** The label word before the number in a heading or paragraph, e.g. `Article`, `Point`, `§`; null otherwise. */
  label: z.string().nullable(),
  /** How the number is written. */
  style: NumberingStyle,
  /** Number values from the top clause down to this one, e.g. `["10", "d"]`; bullets use `•1`, `•2`, … */
  path: z.array(z.string()),
  /** Title of the clause when it has one (a heading's words after its number), without the stable id. */
  heading: z.string().nullable(),
  /** The clause's own text, without its number, stable id, heading or sub-clauses; paragraphs joined by a blank line. */
  text: z.string(),
  /** Whose words `text` is (see `Draft.status`). */
  wording: Wording,
  /** Quoted spans of `text`; in a reported draft these are the draft's verbatim words. */
  quotes: z.array(Quote),
  /** What the text says: parties, obligations, terms, numbers, dates, references. */
  facts: Facts,
  ...Node,
});

/** A numbered or bulleted point of a draft, with its sub-points. */
export const Clause = ClauseBase.extend({
  /** Sub-clauses, in reading order. */
  get children(): z.ZodArray<typeof Clause> {
    return z.array(Clause);
  },
});
export type Clause = z.infer<typeof ClauseBase> & { children: Clause[] };

/** What kind of non-clause text a block is. */
export const BlockKind = z.enum(['heading', 'section', 'note', 'paragraph', 'table', 'code', 'html']);
export type BlockKind = z.infer<typeof BlockKind>;

/** Non-clause text: a preamble, a note such as "(Point 3 is deleted.)", a section line, a table. */
export const Block = z.object({
  /** Id derived from reading order, e.g. `block-3`; stable for an unchanged file. */
  id: z.string().min(1),
  /** What kind of text it is. */
  kind: BlockKind,
  /** Its text, as plain text. */
  text: z.string(),
  /** Id of the clause it sits inside, or null at the top of the document. */
  parent: z.string().nullable(),
  /** Whose words the text is. */
  wording: Wording,
  /** Quoted spans of `text`. */
  quotes: z.array(Quote),
  ...Node,
});
export type Block = z.infer<typeof Block>;

/** Where the draft was read from. */
export const FileRef = z.object({
  /** Path as given by the user. */
  path: z.string(),
  /** SHA-256 of the file's bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileRef = z.infer<typeof FileRef>;

/** One dated version of a draft agreement, as read from one Markdown file. */
export const Draft = z.object({
  /** Id of this version: the front matter `id`, else the file name without extension. */
  id: z.string().min(1),
  /** Title: the front matter `title`, else the first heading, else the id. */
  title: z.string(),
  /** Date of the version (ISO, as precise as known), or null. */
  date: IsoDate.nullable(),
  /** Id of the version this one revises, or null. */
  follows: z.string().nullable(),
  /** Id of the agreement this is a version of, or null. */
  agreement: z.string().nullable(),
  /** Where the version comes from, or null. */
  source: Source.nullable(),
  /** How it became known; null when not stated (the file is then taken as the document itself). */
  status: Status.nullable(),
  /** Whether the file holds all of the version or only what was reported. */
  completeness: Completeness,
  /** Parties declared in the front matter. */
  parties: z.array(Party),
  /** Texts this draft or its clauses are modelled on. */
  modelledOn: z.array(ModelledOn),
  /** Free notes on provenance, from the front matter. */
  notes: z.string().nullable(),
  /** Whether the file had front matter. */
  hasFrontMatter: z.boolean(),
  /** Non-clause text at any depth, in reading order. */
  blocks: z.array(Block),
  /** Top-level clauses, in reading order; sub-clauses are in `children`. */
  clauses: z.array(Clause),
  /** The file it was read from. */
  file: FileRef,
});
export type Draft = z.infer<typeof Draft>;
