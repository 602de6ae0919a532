import type { Answer, BallotEntryView, Judgement, PlaylistEntry, QuestionEvent, RevealView, QuestionView } from './rounds/registry-schemas';

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
  /** Votes the answer received, in rounds with a vote (0 when nobody voted for it or there was no vote). */
  votes?: number;
}

/** One answer as it appears in the gallery: anonymous, under an id the round chose. */
export interface BallotEntry {
  entryId: string;
  view: BallotEntryView;
}

/**
 * Rounds in which players vote for each other's answers (never their own) after the question: the room
 * passes through a 'vote' phase between question and reveal.
 */
export interface VoteRules<Config = any, Data = any> {
  /** Voting window in ms; null when the host has turned timers off. */
  deadlineMs(config: Config): number | null;
  /** An answer's gallery entry, from the server's judgement of it; null leaves the answer out. */
  entry(config: Config, data: Data, judgement: Judgement | null): BallotEntry | null;
  /** Points an answer earns at the end of the vote, on top of what it scored when judged. */
  points(config: Config, data: Data, judgement: Judgement | null, votes: number): number;
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
  /**
   * Once every player is done, the question stays up this much longer (ms) instead of ending at once: in
   * Sketch Duet the room is still watching the last duets being drawn. Default 0.
   */
  settleMs?(config: Config): number;
  /**
   * Events that show a judged answer to someone who (re)joins mid-question, for rounds that streamed it live
   * (Sketch Duet replays each finished duet). Default none.
   */
  replay?(config: Config, data: Data, judgement: Judgement | null): QuestionEvent[];
  /**
   * How long past its deadline a question waits for answers sent in time that are still being judged, when
   * this round's judging is slower than the room's default (RoomTimings.judgingGraceMs).
   */
  judgingGraceMs?(): number;
  /**
   * Right or wrong (and the points) are kept from everyone, the answerer too, until the reveal: the ack and a
   * rejoin's catch-up say `sealed` instead, and scores move at the reveal. For rounds where one player's
   * verdict would give the answer away to the others ("Real or AI?"). Default false.
   */
  sealed?: boolean;
  /** Round-specific limits on an answer beyond its schema (e.g. ink), as a message; null when it is fine. */
  checkAnswer?(config: Config, data: Data, answer: Answer): string | null;
  view(config: Config, data: Data): QuestionView;
  timeline(config: Config, data: Data): TimelineEntry[];
  ai(config: Config, data: Data): AiOutcome | null;
  score(input: ScoreInput<Config>): number;
  reveal(config: Config, data: Data, answers: AnswerSummary[]): RevealView;
  /** Present when players vote on the answers before the reveal. */
  vote?: VoteRules<Config, Data>;
}
