import type { FindingRule, Severity } from '../model/comparison.js';

/** Default severity of every finding rule, in one table (kebab-case rule id → severity). */
export const findingRules = {
  'clause-added': 'major',
  'clause-removed': 'major',
  'clause-moved': 'info',
  'clause-renumbered': 'info',
  'clause-split': 'notice',
  'clause-merged': 'notice',
  'not-reported': 'info',
  'number-changed': 'major',
  'duration-changed': 'major',
  'date-changed': 'major',
  'party-added': 'major',
  'party-removed': 'major',
  'obligation-strengthened': 'major',
  'obligation-weakened': 'major',
  'obligation-reversed': 'major',
  'condition-changed': 'notice',
  'qualifier-changed': 'notice',
  'quote-changed': 'notice',
  'paraphrase-changed': 'info',
  'reference-broken': 'notice',
  'reference-updated': 'info',
  'typography-changed': 'info',
} as const satisfies Record<FindingRule, Severity>;
