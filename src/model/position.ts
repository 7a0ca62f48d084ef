import { z } from 'zod';

/** A place in a source file: 1-based line and column, 0-based offset into the decoded text. */
export const Point = z.object({
  /** 1-based line number. */
  line: z.number().int().min(1),
  /** 1-based column, counted in UTF-16 code units as editors and remark do. */
  column: z.number().int().min(1),
  /** 0-based offset into the decoded text (after BOM removal and line-ending normalisation). */
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof Point>;

/** A range in a source file, from `start` (inclusive) to `end` (exclusive). */
export const Position = z.object({
  /** Where the range begins. */
  start: Point,
  /** Where the range ends. */
  end: Point,
});
export type Position = z.infer<typeof Position>;

/** A range inside a clause's or block's own `text`, as 0-based UTF-16 offsets, `end` exclusive. */
export const Span = z.object({
  /** Offset of the first character in `text`. */
  start: z.number().int().min(0),
  /** Offset just past the last character in `text`. */
  end: z.number().int().min(0),
});
export type Span = z.infer<typeof Span>;
