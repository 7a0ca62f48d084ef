import { z } from 'zod';
import { Span } from './position.js';

/** A party named in a clause's text, resolved to a canonical name ("Kyiv" → "Ukraine"). */
export const PartyMention = z.object({
  /** Canonical name of the party, e.g. `United States`. */
  name: z.string(),
  /** The words as written, e.g. `the US`. */
  raw: z.string(),
  /** Where in the clause text. */
  span: Span,
});
export type PartyMention = z.infer<typeof PartyMention>;

/** The strength words of an obligation, from weakest to strongest: may < should < will < shall = must. */
export const Modality = z.enum(['may', 'should', 'will', 'shall', 'must']);
export type Modality = z.infer<typeof Modality>;

/** An obligation or permission in a clause: who, how strongly, and whether it is negated. */
export const Obligation = z.object({
  /** Canonical party bound by it, or the subject words when no known party is named; null when not found. */
  actor: z.string().nullable(),
  /** The modal strength. */
  modality: Modality,
  /** True for "shall not", "may not", "will never" and the like. */
  negated: z.boolean(),
  /** The modal phrase as written, e.g. `shall not`, `would be required to`. */
  raw: z.string(),
  /** A few words of what is obliged, e.g. `be regarded as an attack`. */
  action: z.string(),
  /** Where in the clause text (the modal phrase). */
  span: Span,
});
export type Obligation = z.infer<typeof Obligation>;

/** Units a duration can be expressed in. */
export const DurationUnit = z.enum(['day', 'week', 'month', 'year']);
export type DurationUnit = z.infer<typeof DurationUnit>;

/** A term of the agreement: a duration ("ten years") or a renewal rule ("renewed with mutual consent"). */
export const Term = z.discriminatedUnion('kind', [
  z.object({
    /** A length of time. */
    kind: z.literal('duration'),
    /** How many units, e.g. 10. */
    value: z.number(),
    /** The unit. */
    unit: DurationUnit,
    /** As written, e.g. `ten years`. */
    raw: z.string(),
    /** Where in the clause text. */
    span: Span,
  }),
  z.object({
    /** A way the term can be renewed or extended. */
    kind: z.literal('renewal'),
    /** Who must agree, as written (e.g. `mutual consent`), or null when not said. */
    condition: z.string().nullable(),
    /** As written, e.g. `could be renewed with mutual consent`. */
    raw: z.string(),
    /** Where in the clause text. */
    span: Span,
  }),
]);
export type Term = z.infer<typeof Term>;

/** A number in the text with its unit or currency: "600,000 personnel", "$100 billion", "50%". */
export const NumberFact = z.object({
  /** The value with multipliers applied: `$100 billion` → 100000000000. */
  value: z.number(),
  /** What is counted or the currency: `personnel`, `USD`, `%`; null when the number stands alone. */
  unit: z.string().nullable(),
  /** As written. */
  raw: z.string(),
  /** Where in the clause text. */
  span: Span,
});
export type NumberFact = z.infer<typeof NumberFact>;

/** A calendar date in the text, normalised as far as it is precise: `2026`, `2026-02`, `2026-02-24`. */
export const DateFact = z.object({
  /** ISO 8601 date, with only as much precision as the text gives. */
  iso: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
  /** As written, e.g. `24 February 2026`. */
  raw: z.string(),
  /** Where in the clause text. */
  span: Span,
});
export type DateFact = z.infer<typeof DateFact>;

/** A reference to a clause by its number: "point 5", "Article 5", "paragraph (b)". */
export const Reference = z.object({
  /** The word before the number as written, e.g. `Article`, `point`; empty for a bare `§`. */
  label: z.string(),
  /** The number referred to, normalised like `Clause.numValue`: `5`, `3.2`, `b`. */
  target: z.string(),
  /** True when it points into another text ("Article 5 of the North Atlantic Treaty", "NATO's Article 5"). */
  external: z.boolean(),
  /** As written. */
  raw: z.string(),
  /** Where in the clause text. */
  span: Span,
});
export type Reference = z.infer<typeof Reference>;

/** A verbatim quotation inside a clause's text; in a reported draft, only these words are the draft's own. */
export const Quote = z.object({
  /** The words inside the quotation marks. */
  text: z.string(),
  /** Where in the clause text, quotation marks excluded. */
  span: Span,
});
export type Quote = z.infer<typeof Quote>;

/** What a clause's text says, found by the reader. */
export const Facts = z.object({
  /** Parties named. */
  parties: z.array(PartyMention),
  /** Obligations and permissions with their strength. */
  obligations: z.array(Obligation),
  /** Durations and renewal terms. */
  terms: z.array(Term),
  /** Numbers and amounts. */
  numbers: z.array(NumberFact),
  /** Calendar dates. */
  dates: z.array(DateFact),
  /** References to other clauses or texts. */
  references: z.array(Reference),
});
export type Facts = z.infer<typeof Facts>;
