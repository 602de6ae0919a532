import type { Verdict } from '../../shared/game/round-rules';
import type { Answer } from '../../shared/game/rounds/registry-schemas';
import type { GameModels } from '../ml/game-models';

export interface RoundContext {
  models: GameModels;
  /** Seeds the question draw; a fresh one per game. */
  seed: number;
}

/**
 * The server half of a round kind: what needs models or data, so cannot live in the pure rules.
 * `prepare` makes the questions before the round starts; `judge` turns an answer into a verdict.
 */
export interface ServerRound<Config = any, Data = any> {
  prepare(config: Config, ctx: RoundContext): Promise<Data[]>;
  judge(data: Data, config: Config, answer: Answer, models: GameModels): Promise<Verdict>;
  /** Which models must be ready for this kind to be played. */
  requires(config: Config): (keyof GameModels)[];
}
