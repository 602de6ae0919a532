import type { Verdict } from '../../shared/game/round-rules';
import type { Answer, QuestionEvent } from '../../shared/game/rounds/registry-schemas';
import type { GameModels } from '../ml/game-models';

export interface LiveChannel {
  toRoom(event: QuestionEvent): void;
  toAnswerer(event: QuestionEvent): void;
}

export interface RoundContext {
  models: GameModels;
  /** Seeds the question draw; a fresh one per game. */
  seed: number;
  /** Items (e.g. deck pictures) earlier rounds of this game used, shared by the game's rounds to avoid repeats. */
  shown?: Set<string>;
}

/**
 * The server half of a round kind: what needs models or data, so cannot live in the pure rules.
 * `prepare` makes the questions before the round starts; `judge` turns an answer into a verdict.
 */
export interface ServerRound<Config = any, Data = any> {
  prepare(config: Config, ctx: RoundContext): Promise<Data[]>;
  /**
   * `live` sends events while judging goes on (the AI drawing a duet stroke by stroke): to the whole room,
   * or to the player who answered. Late joiners get what the rules' `replay` makes of the judgement instead.
   */
  judge(data: Data, config: Config, answer: Answer, models: GameModels, live: LiveChannel): Promise<Verdict>;
  /** An answer judged but then refused (too late, the player gone): undo what judging showed the room. */
  discard?(verdict: Verdict, live: LiveChannel): void;
  /** Which models must be ready for this kind to be played. */
  requires(config: Config): (keyof GameModels)[];
  /** Anything else that stops this config being played (a deck not installed), told to the host; null when fine. */
  problem?(config: Config, models: GameModels): string | null;
}
