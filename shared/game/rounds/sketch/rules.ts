import type { RoundRules } from '../../round-rules';
import type { SketchJudgement, SketchConfig, SketchQuestionView, SketchRevealView } from './schemas';

/** Each vote a duet receives. */
export const VOTE_POINTS = 100;
/** A duet the classifier is sure is the prompt earns this much; less sure, proportionally less. */
export const RECOGNISED_POINTS = 500;
/** Duets shown at the reveal. */
export const REVEAL_ENTRIES = 12;
/**
 * After the last player submits, the room keeps watching before the vote opens: the client animates each AI
 * stroke over ~300 ms and a duet has a handful of strokes.
 */
export const SETTLE_MS = 4_000;
/**
 * One worker finishes duets one after another: a class that submits at the deadline with a downloaded
 * 512-unit Magenta model (~0.3 s a duet) needs ~10 s, far past the room's usual 3 s judging grace.
 */
export const JUDGING_GRACE_MS = 15_000;

export interface SketchQuestionData {
  category: string;
  name: { en: string; ko: string };
  model: string;
}

function asSketch(judgement: unknown): SketchJudgement | null {
  const j = judgement as SketchJudgement | null;
  return j && j.kind === 'sketch' ? j : null;
}

function duetPoints(judgement: SketchJudgement | null, votes: number): number {
  return votes * VOTE_POINTS + Math.round((judgement?.recognisability ?? 0) * RECOGNISED_POINTS);
}

/**
 * Points come only at the end of the vote (votes plus how recognisable the finished duet is), so answering
 * scores nothing by itself and there is no speed element. "Correct" means the classifier recognised the
 * finished duet as the prompt, which is what the results file reports.
 */
export const sketchRules: RoundRules<SketchConfig, SketchQuestionData> = {
  deadlineMs: (config) => (config.timerSec === null ? null : config.timerSec * 1000),
  speedWindowMs: (config) => (config.timerSec ?? 60) * 1000,
  autoAdvance: (config) => config.timerSec !== null,
  answerType: () => 'sketch',
  maxAttempts: () => 1,

  checkAnswer: (config, _data, answer) => {
    if (answer.type !== 'sketch') return 'Sketch Duet takes a sketch';
    if (answer.strokes.length > config.inkStrokes) return `at most ${config.inkStrokes} strokes of ink`;
    return null;
  },

  view: (config, data): SketchQuestionView => ({
    kind: 'sketch',
    category: data.category,
    name: data.name,
    model: data.model,
    inkStrokes: config.inkStrokes,
    ghost: config.ghost,
    temperature: config.temperature,
  }),

  settleMs: () => SETTLE_MS,
  judgingGraceMs: () => JUDGING_GRACE_MS,

  replay: (_config, _data, judgement) => {
    const j = asSketch(judgement);
    if (!j) return [];
    const strokes = [
      ...j.opening.map((stroke) => ({ by: 'player' as const, stroke })),
      ...j.completion.map((stroke) => ({ by: 'ai' as const, stroke })),
    ];
    return [
      ...strokes.map(({ by, stroke }, index) => ({ kind: 'sketch-stroke' as const, entryId: j.entryId, index, by, stroke })),
      { kind: 'sketch-finished' as const, entryId: j.entryId },
    ];
  },

  timeline: () => [],
  ai: () => null,
  score: () => 0,

  vote: {
    deadlineMs: (config) => (config.voteSec === null ? null : config.voteSec * 1000),
    entry: (_config, _data, judgement) => {
      const j = asSketch(judgement);
      return j ? { entryId: j.entryId, view: { kind: 'sketch', opening: j.opening, completion: j.completion } } : null;
    },
    points: (_config, _data, judgement, votes) => duetPoints(asSketch(judgement), votes),
  },

  reveal: (_config, data, answers): SketchRevealView => {
    const entries = answers
      .flatMap((a) => {
        const j = asSketch(a.judgement);
        if (!j) return [];
        const votes = a.votes ?? 0;
        return [
          {
            playerId: a.playerId,
            entryId: j.entryId,
            opening: j.opening,
            completion: j.completion,
            votes,
            recognisability: j.recognisability,
            guess: j.guesses[0]?.category ?? null,
            points: duetPoints(j, votes),
          },
        ];
      })
      .sort((a, b) => b.points - a.points || a.entryId.localeCompare(b.entryId))
      .slice(0, REVEAL_ENTRIES);
    return { kind: 'sketch', category: data.category, name: data.name, entries };
  },
};
