import { createRoomState, DEFAULT_TIMINGS, type RoomTimings } from '../../shared/game/room-state';
import type { PreparedRound } from '../../shared/game/round-rules';
import { encodeImage } from '../../shared/game/rounds/digits/image-codec';
import { FRAME_COUNT, FRAME_INTERVAL_MS, type RevealQuestionData } from '../../shared/game/rounds/digits/rules';
import { DEFAULT_DIGITS_CONFIG, type DigitsConfig } from '../../shared/game/rounds/digits/schemas';
import { decideAiBuzz } from '../../shared/game/rounds/digits/ai-player';
import { RoomRuntime } from '../../server/rooms/RoomRuntime';
import { FakeClock } from './fake-clock';
import { MemorySink } from './memory-sink';

/** A reveal question whose "CNN" grows sure of `digit` frame by frame (made-up numbers, no model). */
export function revealQuestion(digit: number, config: DigitsConfig): RevealQuestionData {
  const probabilities = Array.from({ length: FRAME_COUNT }, (_, k) => {
    const sure = Math.min(0.999, 0.1 + (0.9 * k) / (FRAME_COUNT - 2));
    return Array.from({ length: 10 }, (_, d) => (d === digit ? sure : (1 - sure) / 9));
  });
  return {
    variant: 'reveal',
    digit,
    frames: Array.from({ length: FRAME_COUNT }, (_, k) => encodeImage(new Uint8Array(784).fill(k))),
    probabilities,
    ai: decideAiBuzz(probabilities, config.difficulty, FRAME_INTERVAL_MS),
  };
}

export function revealRound(digits: number[], overrides: Partial<DigitsConfig> = {}): PreparedRound {
  const config: DigitsConfig = { ...DEFAULT_DIGITS_CONFIG, variant: 'reveal', questions: digits.length, ...overrides };
  return {
    entry: { kind: 'digits', config },
    questions: digits.map((d, i) => ({ id: `q${i}-${d}`, data: revealQuestion(d, config) })),
  };
}

export const TEST_TIMINGS: RoomTimings = { ...DEFAULT_TIMINGS, introMs: 1000, revealMs: 2000, leaderboardMs: 3000 };

export function makeRoom(timings: RoomTimings = TEST_TIMINGS) {
  const clock = new FakeClock();
  const sink = new MemorySink();
  const closed: string[] = [];
  const state = createRoomState('ABCDEF', 'host-token-0123456789', clock.now(), timings);
  const room = new RoomRuntime(state, clock, sink, (code) => closed.push(code));
  const join = (nickname: string) => {
    const playerId = `id-${nickname}`;
    const result = room.dispatch({ type: 'join', playerId, nickname, token: `token-${nickname}-0123456789` });
    return { playerId, result };
  };
  const start = (rounds: PreparedRound[]) => {
    room.dispatch({ type: 'prepare' });
    return room.dispatch({ type: 'start', rounds });
  };
  /** Arrives now, judged at once: the socket handler's sequence without the model. */
  const answerDigit = (playerId: string, digit: number) => {
    const questionId = currentQuestionId();
    const begun = room.dispatch({ type: 'answer-begin', playerId, questionId, answerType: 'digit' });
    if (begun.error) return { error: begun.error.code };
    const q = state.game!.rounds[state.game!.roundIndex]!.questions[state.game!.questionIndex]!;
    const correct = (q.data as RevealQuestionData).digit === digit;
    const result = room.dispatch({
      type: 'answer',
      playerId,
      questionId,
      verdict: { correct, answerText: String(digit), judgement: null },
    });
    return { error: result.error?.code, data: result.data as { correct: boolean; points: number } };
  };
  const currentQuestionId = () => {
    const g = state.game!;
    return g.rounds[g.roundIndex]?.questions[g.questionIndex]?.id ?? 'none';
  };
  return { clock, sink, state, room, closed, join, start, answerDigit, currentQuestionId };
}
