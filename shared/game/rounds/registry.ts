import type { RoundRules } from '../round-rules';
import { digitsRules } from './digits/rules';
import { sketchRules } from './sketch/rules';
import { realOrAiRules } from './real-or-ai/rules';
import type { RoundKind } from './registry-schemas';

/** The pure rules of every round kind, by kind. One line per kind. */
export const roundRules: Record<RoundKind, RoundRules> = {
  digits: digitsRules,
  sketch: sketchRules,
  'real-or-ai': realOrAiRules,
};
