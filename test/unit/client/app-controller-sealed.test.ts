/**
 * The controller carries "sealed" (right or wrong told only at the reveal) from the answer's ack and from a
 * rejoin's catch-up into the question state, so the screen says "locked in" instead of "wrong"; rounds that
 * tell at once (Digit Race) stay unsealed. The socket is a fake that records handlers and answers requests.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerResult, ServerPayload } from '../../../shared/protocol/index';
import type { GameClient } from '../../../client/src/net/game-client';
import type { SessionStore } from '../../../client/src/net/session-store';
import { AppController } from '../../../client/src/state/app-controller';
import { initialState } from '../../../client/src/state/app-state';
import { Store } from '../../../client/src/state/store';

const ID_A = 'AAAAAAAAAAAA';
const ID_B = 'BBBBBBBBBBBB';

function harness(ack: AnswerResult) {
  const handlers = new Map<string, (payload: unknown) => void>();
  const socket = { connected: false, on: (event: string, fn: (p: unknown) => void) => handlers.set(event, fn), io: { on: () => undefined } };
  const client = { socket, request: async () => ack } as unknown as GameClient;
  const store = new Store(initialState({ screen: 'home' }));
  const sessions = { lastRoom: () => null, load: () => null } as unknown as SessionStore;
  const controller = new AppController(store, client, sessions);
  controller.start(null);
  const question = (payload: Partial<ServerPayload<'round:question'>>) =>
    handlers.get('round:question')!({
      questionId: 'q1',
      roundIndex: 0,
      questionIndex: 0,
      questionCount: 2,
      remainingMs: 15_000,
      view: { kind: 'real-or-ai', subject: 'digits', side: 28, channels: 1, deckTitle: { en: 'd', ko: 'd' }, credits: 'c', images: [{ id: ID_A, pixels: '' }, { id: ID_B, pixels: '' }] },
      ...payload,
    });
  return { store, controller, question };
}

describe('AppController and sealed answers', () => {
  it('keeps a sealed ack as "locked in", with the pick', async () => {
    const { store, controller, question } = harness({ correct: false, points: 0, canRetry: false, judgement: { kind: 'real-or-ai', choiceId: ID_B }, sealed: true });
    question({});
    expect(await controller.answer({ type: 'pick', choiceId: ID_B })).toBeNull();
    const mine = store.state.question!.mine!;
    expect(mine).toMatchObject({ sealed: true, correct: false, points: 0, attempts: 1 });
    expect(mine.last?.judgement).toEqual({ kind: 'real-or-ai', choiceId: ID_B });
  });

  it('keeps "sealed" from a rejoin\'s catch-up', () => {
    const { store, question } = harness({ correct: false, points: 0, canRetry: false, judgement: null });
    question({ mine: { correct: false, points: 0, attempts: 1, canRetry: false, judgement: { kind: 'real-or-ai', choiceId: ID_A }, sealed: true } });
    const mine = store.state.question!.mine!;
    expect(mine.sealed).toBe(true);
    expect(mine.last).toMatchObject({ sealed: true, judgement: { kind: 'real-or-ai', choiceId: ID_A } });
  });

  it('leaves an ordinary verdict unsealed', async () => {
    const { store, controller, question } = harness({ correct: true, points: 800, canRetry: false, judgement: null });
    question({ view: { kind: 'digits', variant: 'reveal', frameCount: 6, frameIntervalMs: 1000 } });
    await controller.answer({ type: 'digit', digit: 3 });
    expect(store.state.question!.mine).toMatchObject({ sealed: false, correct: true, points: 800 });
  });
});
