import { current } from '../../shared/game/question-flow';
import { fail, ok, type AnswerResult } from '../../shared/protocol';
import { serverRounds } from '../rounds/registry';
import type { HandlerTable } from './edge';
import { sessionRoom } from './handler-context';

/** Players with an answer being judged; a second one waits for the first verdict. */
const judging = new Set<string>();

export const roundHandlers: Pick<HandlerTable, 'round:answer'> = {
  'round:answer': async (ctx, { questionId, answer }) => {
    const room = sessionRoom(ctx);
    const session = ctx.socket.data.session;
    if (!room || !session) return fail('NOT_IN_ROOM', 'not in a room');
    if (session.role !== 'player' || !session.playerId) return fail('NOT_PLAYER', 'only players answer');
    const playerId = session.playerId;
    const check = room.precheckAnswer(playerId, questionId, answer.type);
    if ('problem' in check) return fail(check.problem, 'answer not accepted');
    const key = `${room.code}:${playerId}`;
    if (judging.has(key)) return fail('RATE_LIMITED', 'your last answer is still being judged');
    const cur = current(room.state)!;
    judging.add(key);
    try {
      const verdict = await serverRounds[cur.round.entry.kind].judge(cur.question.data, cur.config, answer, ctx.models);
      const result = room.dispatch({
        type: 'answer',
        playerId,
        questionId,
        answerType: answer.type,
        elapsedMs: check.elapsedMs,
        verdict,
      });
      return result.error ? { ok: false, error: result.error } : ok(result.data as AnswerResult);
    } catch (error) {
      const overloaded = error instanceof Error && error.message === 'OVERLOADED';
      return overloaded ? fail('OVERLOADED', 'the model is busy; try again') : fail('MODEL_UNAVAILABLE', 'could not judge');
    } finally {
      judging.delete(key);
    }
  },
};
