import type { Answer, Judgement, PlaylistEntry, QuestionEvent, RevealView, QuestionView } from './rounds/registry-schemas';

/** One question as the server prepared it. `data` belongs to the round kind; the room never looks inside. */
export interface PreparedQuestion<Data = unknown> {
  id: string;
  data: Data;
}

export interface PreparedRound {
  entry: PlaylistEntry;
  questions: PreparedQuestion[];
}

/** The server's judgement of one answer, made before it reaches the room (models run asynchronously). */
export interface Verdict {
  correct: boolean;
  /** What the player answered, as text for the results file ("7", "drawing (3 strokes)"). */
  answerText: string;
  judgement: Judgement | null;
}

export interface TimelineEntry {
  /** Milliseconds into the question (pauses excluded). */
  atMs: number;
  event: QuestionEvent;
}

/** How the AI did on a question, for rounds in which it competes. */
export interface AiOutcome {
  correct: boolean;
  /** When it answered, in ms into the question; null if it never did. */
  atMs: number | null;
}

export interface ScoreInput<Config> {
  config: Config;
  elapsedMs: number;
  windowMs: number;
  /** How many players were right before this one in this question. */
  rank: number;
  beatAi: boolean;
}

/** A finished question's answers, for the reveal. */
export interface AnswerSummary {
  playerId: string;
  correct: boolean;
  atMs: number;
  judgement: Judgement | null;
}

/**
 * The pure rules of a round kind. The room phase machine drives questions through these and nothing
 * else, so a new kind plugs in without touching room code. Everything here is synchronous and pure.
 */
export interface RoundRules<Config = any, Data = any> {
  /** Answer window in ms; null when the host has turned the timer off. */
  deadlineMs(config: Config, data: Data): number | null;
  /** Window that speed scoring is measured against (the deadline, or a sensible one without a timer). */
  speedWindowMs(config: Config, data: Data): number;
  answerType(config: Config): Answer['type'];
  /** Whether intro, reveal and leaderboard move on by themselves (false when the host turned timers off). */
  autoAdvance(config: Config): boolean;
  /** Tries per question; a wrong final try locks the player out until the next question. */
  maxAttempts(config: Config): number;
  view(config: Config, data: Data): QuestionView;
  timeline(config: Config, data: Data): TimelineEntry[];
  ai(config: Config, data: Data): AiOutcome | null;
  score(input: ScoreInput<Config>): number;
  reveal(config: Config, data: Data, answers: AnswerSummary[]): RevealView;
}
