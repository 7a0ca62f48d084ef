import { z } from 'zod';
import { Completeness, IsoDate, PartyRole, Status } from './draft.js';
import { SAFE_ID_PATTERN } from './safe-id.js';

/** An id usable in file names and URLs: letters, digits, `-`, `_`, `.`; no path separators (same as `isSafeId`). */
export const SafeId = z
  .string()
  .regex(SAFE_ID_PATTERN, 'expected an id of letters, digits, ".", "_" or "-", starting with a letter or digit')
  .refine((s) => !s.includes('..'), 'an id may not contain ".."');

/** An `http(s)` address; anything else (`javascript:`, `file:`) is refused before it can become a link. */
export const HttpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'expected an http:// or https:// address');

/** YAML turns `2025-11-20` into a Date when not quoted; accept both and keep the ISO text. */
const DateField = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  IsoDate,
);

/** `signatureRequired: true | false | unclear`. */
const SignatureRequired = z.union([z.boolean(), z.literal('unclear')]);

/** A party as written in the front matter. */
export const FrontMatterParty = z.strictObject({
  /** Canonical name. */
  name: z.string().min(1),
  /** Other names used in the text. */
  aliases: z.array(z.string().min(1)).optional(),
  /** One role or a list of roles. */
  role: z.union([PartyRole, z.array(PartyRole)]).optional(),
  /** Whether the party's signature is required. */
  signatureRequired: SignatureRequired.optional(),
});

/** `draft-id#clause-id`, or `draft-id` for the whole draft. */
export const ModelRef = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*(?:#[A-Za-z0-9][A-Za-z0-9._-]*)?$/, 'expected "draft-id#clause-id"');

/** One `modelledOn` entry: a bare reference, or `{clause, on}` naming the clause of this draft that follows it. */
export const FrontMatterModelledOn = z.union([
  ModelRef,
  z.strictObject({
    /** Id of the clause of this draft that is modelled on the other text. */
    clause: z.string().min(1),
    /** `draft-id#clause-id` of the model. */
    on: ModelRef,
  }),
]);

/** The YAML front matter of a draft file; every field is optional and unknown fields are refused. */
export const FrontMatter = z.strictObject({
  /** Id of this version. */
  id: SafeId.optional(),
  /** Title of this version. */
  title: z.string().optional(),
  /** Date of this version. */
  date: DateField.optional(),
  /** Id of the version this one revises. */
  follows: SafeId.optional(),
  /** Id of the agreement. */
  agreement: SafeId.optional(),
  /** Where the version comes from. */
  source: z
    .strictObject({
      outlet: z.string().optional(),
      url: HttpUrl.optional(),
      reported: DateField.optional(),
      obtainedBy: z.string().optional(),
    })
    .optional(),
  /** How the version became known. */
  status: Status.optional(),
  /** Whether the file holds all of the version. */
  completeness: Completeness.optional(),
  /** Parties. */
  parties: z.array(FrontMatterParty).optional(),
  /** What the draft or its clauses are modelled on. */
  modelledOn: z.union([FrontMatterModelledOn, z.array(FrontMatterModelledOn)]).optional(),
  /** Free notes on provenance. */
  notes: z.string().optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;
