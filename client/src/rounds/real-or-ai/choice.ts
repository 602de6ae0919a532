/**
 * Which picture a player means. The pictures are shown in the order the server sent them (which is random),
 * so "left" is always images[0] and "right" images[1], on every screen and in the reveal. Pure, unit-tested.
 */
import type { RealOrAiQuestionView } from '../../../../shared/game/rounds/real-or-ai/schemas';
import type { Judgement } from '../../../../shared/game/rounds/registry-schemas';
import { t } from '../../i18n/index';

/** 0 = left (the first image), 1 = right (the second). */
export type Side = 0 | 1;
export const SIDES: readonly Side[] = [0, 1];

/** "left" / "right" (왼쪽 / 오른쪽), as it fits into a sentence. */
export const sideName = (side: Side) => t(side === 0 ? 'roa.left' : 'roa.right');

/** ←/→ pick left/right: the keyboard's answer to tapping a picture. Other keys are not ours. */
export function sideForKey(key: string): Side | null {
  return key === 'ArrowLeft' ? 0 : key === 'ArrowRight' ? 1 : null;
}

/** Where a choice id sits in this question's pair; null when it is not one of them. */
export function sideOf(images: RealOrAiQuestionView['images'], choiceId: string | null | undefined): Side | null {
  const index = images.findIndex((image) => image.id === choiceId);
  return index === 0 || index === 1 ? index : null;
}

/** The picture this player picked, from the server's echo of it (the ack, or a rejoin's catch-up). */
export function pickedId(judgement: Judgement | null | undefined): string | null {
  return judgement && 'kind' in judgement && judgement.kind === 'real-or-ai' ? judgement.choiceId : null;
}
