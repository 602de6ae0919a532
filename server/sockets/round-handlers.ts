import { send, toRoom } from '../../shared/game/effects';
import { current } from '../../shared/game/question-flow';
import type { QuestionEvent } from '../../shared/game/rounds/registry-schemas';
import { fail, ok, type AnswerResult } from '../../shared/protocol';
import { serverRounds } from '../rounds/registry';
import type { HandlerTable } from './edge';
import { sessionRoom } from './handler-context';

/**
 * An answer is checked and time-stamped when it arrives (answer-begin), judged (a model run for a
 * drawing), then applied. The room keeps the question open past its deadline while answers that arrived
 * in time are being judged, so a model run never costs a player a fair answer.
 */
export const roundHandlers: Pick<HandlerTable, 'round:answer' | 'round:vote'> = {
  'round:answer': async (ctx, { questionId, answer }) => {
    const room = sessionRoom(ctx);
    const session = ctx.socket.data.session;
    if (!room || !session) return fail('NOT_IN_ROOM', 'not in a room');
    if (session.role !== 'player' || !session.playerId) return fail('NOT_PLAYER', 'only players answer');
    const playerId = session.playerId;
    const now = current(room.state);
    // Only against the question it was meant for: a late answer to the last one is WRONG_QUESTION, not invalid.
    const tooMuch = now?.question?.id === questionId ? now.rules.checkAnswer?.(now.config, now.question.data, answer) : null;
    if (tooMuch) return fail('INVALID_PAYLOAD', tooMuch);
    const begun = room.dispatch({ type: 'answer-begin', playerId, questionId, answerType: answer.type });
    if (begun.error) return { ok: false, error: begun.error };
    const cur = current(room.state)!;
    const serverRound = serverRounds[cur.round.entry.kind];
    const live = {
      toRoom: (event: QuestionEvent) => room.publish(send(toRoom, 'round:event', { questionId, event })),
      toAnswerer: (event: QuestionEvent) => room.publish(send({ playerId }, 'round:event', { questionId, event })),
    };
    let verdict;
    try {
      verdict = await serverRound.judge(cur.question.data, cur.config, answer, ctx.models, live);
    } catch (error) {
      room.dispatch({ type: 'answer-failed', playerId, questionId });
      const overloaded = error instanceof Error && error.message === 'OVERLOADED';
      if (!overloaded) console.error('[round:answer] judging failed:', error);
      return overloaded ? fail('OVERLOADED', 'the model is busy; try again') : fail('MODEL_UNAVAILABLE', 'could not judge');
    }
    const result = room.dispatch({ type: 'answer', playerId, questionId, verdict });
    if (result.error) serverRound.discard?.(verdict, live);
    return result.error ? { ok: false, error: result.error } : ok(result.data as AnswerResult);
  },

  'round:vote': (ctx, { questionId, entryId }) => {
    const room = sessionRoom(ctx);
    const session = ctx.socket.data.session;
    if (!room || !session) return fail('NOT_IN_ROOM', 'not in a room');
    if (session.role !== 'player' || !session.playerId) return fail('NOT_PLAYER', 'only players vote');
    const result = room.dispatch({ type: 'vote', playerId: session.playerId, questionId, entryId });
    return result.error ? { ok: false, error: result.error } : ok({});
  },
};
