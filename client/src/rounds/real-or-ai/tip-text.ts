/**
 * What each tip (shared/game/rounds/real-or-ai/tips.ts picks them by measuring the AI's picture) tells a
 * player to look at, in the current language. The words live in the i18n catalogs, so both languages are
 * checked like every other string; the key types make a tip without words a compile error.
 */
import type { TipId } from '../../../../shared/game/rounds/real-or-ai/schemas';
import { t } from '../../i18n/index';

export interface TipText {
  /** A word or two: "Eyes", "Stray dots". */
  title: string;
  /** What to look for, in one sentence. */
  look: string;
}

export function tipText(tip: TipId): TipText {
  return { title: t(`roa.tip.${tip}`), look: t(`roa.tipLook.${tip}`) };
}
