/**
 * The player's own duet. The server says which entry is theirs (a `sketch-yours` event) before the AI starts
 * drawing it, and the ack's judgement holds the finished duet; the opening this page sent is kept so the
 * duet can be shown from the moment of submitting.
 */
import type { Judgement } from '../../../../shared/game/rounds/registry-schemas';
import type { SketchJudgement } from '../../../../shared/game/rounds/sketch/schemas';
import type { Point } from '../../../../shared/strokes/types';
import type { DuetProgress, QuestionState } from '../../state/app-state';
import { duetStrokes, type DuetStroke } from './duet-geometry';

type Opening = readonly (readonly Point[])[];

/**
 * The opening this page sent, by question id, kept outside any one screen: the screen is rebuilt on a
 * language switch and the vote gallery needs it too (to mark my entry before the ack has said which it is).
 */
const sentOpenings = new Map<string, Opening>();

export function rememberOpening(questionId: string, opening: Opening | null): void {
  for (const id of sentOpenings.keys()) if (id !== questionId) sentOpenings.delete(id);
  if (opening) sentOpenings.set(questionId, opening);
  else sentOpenings.delete(questionId);
}

export function sentOpening(questionId: string): Opening | null {
  return sentOpenings.get(questionId) ?? null;
}

/** The sketch judgement in an ack (the union also holds other round kinds'). */
export function sketchJudgement(judgement: Judgement | null | undefined): SketchJudgement | null {
  return judgement && 'kind' in judgement && judgement.kind === 'sketch' ? judgement : null;
}

/** My entry in the vote's gallery: the ballot's word (a catch-up), else what the server said when my duet began. */
export function myBallotEntry(q: Pick<QuestionState, 'ballot' | 'myEntryId'>): string | null {
  return q.ballot?.mine.entryId ?? q.myEntryId;
}

/**
 * What to draw for my duet: the streamed strokes as they arrive, or the judgement's once it holds more
 * (after a reconnect nothing was streamed to this page), or just my opening while the AI has not started.
 */
export function myDuetStrokes(duet: DuetProgress | undefined, judgement: SketchJudgement | null, opening: Opening | null): DuetStroke[] {
  const streamed = (duet?.strokes ?? []).filter((s): s is DuetProgress['strokes'][number] => !!s);
  const judged = judgement ? duetStrokes(judgement.opening, judgement.completion) : [];
  if (judged.length >= streamed.length && judged.length > 0) return judged;
  if (streamed.length > 0) return streamed;
  return duetStrokes(opening ?? [], []);
}
