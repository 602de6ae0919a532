/**
 * The one place that talks to the server: turns socket events into AppState, and UI intentions (create,
 * join, answer, host controls) into requests. Scenes never touch the socket.
 */
import { PROTOCOL_VERSION, type AnswerResult, type RoomView, type ServerPayload } from '../../../shared/protocol/index';
import type { Answer } from '../../../shared/game/rounds/registry-schemas';
import { errorCodeOf, RequestError, type ClientErrorCode, type GameClient } from '../net/game-client';
import type { SessionStore, StoredSession } from '../net/session-store';
import { getLang } from '../i18n/index';
import type { MyAnswer, QuestionState, Session } from './app-state';
import type { Store } from './store';

/** Resume failures that mean the seat is gone for good (as opposed to a flaky network). */
const SEAT_GONE = new Set<ClientErrorCode>(['SESSION_INVALID', 'ROOM_NOT_FOUND', 'NOT_IN_ROOM', 'PROTOCOL_TOO_OLD', 'PROTOCOL_TOO_NEW']);
const RESUME_RETRY_MS = 2000;

type HostCommand = 'host:start' | 'host:pause' | 'host:resume' | 'host:next' | 'host:end' | 'host:lobby';

export class AppController {
  /** A stored seat to take back on the next connect. */
  private pendingResume: { code: string; stored: StoredSession; fromLink: boolean } | null = null;

  constructor(
    readonly store: Store,
    private readonly client: GameClient,
    private readonly sessions: SessionStore,
  ) {}

  /** @param linkCode the `?room=` of the page URL, if any */
  start(linkCode: string | null): void {
    const code = linkCode ?? this.sessions.lastRoom();
    const stored = code ? this.sessions.load(code) : null;
    if (code && stored) {
      this.pendingResume = { code, stored, fromLink: linkCode !== null };
      this.store.update({ resuming: true });
    }
    this.wireSocket();
    if (this.client.socket.connected) void this.onConnect();
  }

  private wireSocket(): void {
    const socket = this.client.socket;
    socket.on('connect', () => void this.onConnect());
    socket.on('disconnect', () => this.store.update({ connection: 'reconnecting' }));
    socket.io.on('reconnect_attempt', () => this.store.update({ connection: 'reconnecting' }));
    socket.on('room:state', (view) => this.onRoomState(view));
    socket.on('round:question', (q) => this.onQuestion(q));
    socket.on('round:event', ({ questionId, event }) => this.patchQuestion(questionId, (q) => applyQuestionEvent(q, event)));
    socket.on('round:ballot', (ballot) =>
      this.patchQuestion(ballot.questionId, (q) => ({
        ballot: {
          entries: ballot.entries,
          // A catch-up says which entry is mine; otherwise the server told me when my duet started. A gallery
          // sent again (an entry withdrawn) keeps my vote unless it was for the entry that went.
          mine: ballot.mine ?? {
            entryId: q.myEntryId,
            votedFor: ballot.entries.some((e) => e.entryId === q.ballot?.mine.votedFor) ? (q.ballot?.mine.votedFor ?? null) : null,
          },
          deadlineAt: ballot.remainingMs === null ? null : performance.now() + ballot.remainingMs,
        },
      })),
    );
    socket.on('round:progress', ({ questionId, answered, total }) =>
      this.patchQuestion(questionId, () => ({ progress: { answered, total } })),
    );
    socket.on('round:reveal', (reveal) => this.store.update({ reveal }));
    socket.on('room:closed', ({ reason }) => {
      const code = this.store.state.session?.code;
      if (code) this.sessions.forget(code);
      this.store.update({ closed: reason });
    });
  }

  private async onConnect(): Promise<void> {
    this.store.update({ connection: 'connected' });
    const session = this.store.state.session;
    // A reconnect with a seat: take it back, the server then re-sends room:state and catch-up events.
    if (session && !this.store.state.closed) {
      this.pendingResume = { code: session.code, stored: toStored(session), fromLink: true };
    }
    if (this.pendingResume) await this.resume(this.pendingResume);
  }

  private async resume(pending: { code: string; stored: StoredSession; fromLink: boolean }): Promise<void> {
    const { code, stored } = pending;
    try {
      const data = await this.client.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: stored.token });
      this.pendingResume = null;
      const previous = this.store.state.session;
      this.store.update({
        resuming: false,
        session: {
          code,
          role: data.role,
          token: stored.token,
          playerId: data.playerId,
          joinUrl: data.joinUrl ?? previous?.joinUrl ?? (stored.role === 'host' ? stored.joinUrl : undefined),
        },
      });
      setRoomInUrl(code);
    } catch (error) {
      const failure = errorCodeOf(error);
      if (!SEAT_GONE.has(failure)) {
        // Flaky network or a busy server: try again while connected.
        setTimeout(() => {
          if (this.pendingResume === pending && this.client.socket.connected) void this.resume(pending);
        }, RESUME_RETRY_MS);
        return;
      }
      this.pendingResume = null;
      this.sessions.forget(code);
      this.store.update({
        resuming: false,
        session: null,
        view: null,
        question: null,
        reveal: null,
        entry: pending.fromLink ? { screen: 'join', code } : { screen: 'home' },
        error: pending.fromLink ? { code: failure, at: Date.now() } : null,
      });
    }
  }

  private onRoomState(view: RoomView): void {
    const question = this.store.state.question;
    const patch: Partial<typeof this.store.state> = { view, viewAt: performance.now() };
    // The server's remainingMs is the truth; re-anchor our local countdown on every view.
    if (question && view.question && view.question.id === question.id && view.phase === 'question') {
      const rem = view.question.remainingMs;
      patch.question = { ...question, deadlineAt: rem === null ? null : performance.now() + rem };
    }
    if (question?.ballot && view.question && view.question.id === question.id && view.phase === 'vote') {
      const rem = view.question.remainingMs;
      patch.question = { ...question, ballot: { ...question.ballot, deadlineAt: rem === null ? null : performance.now() + rem } };
    }
    if (view.phase === 'lobby' || view.phase === 'intro') patch.reveal = null;
    this.store.update(patch);
  }

  private onQuestion(q: ServerPayload<'round:question'>): void {
    const question: QuestionState = {
      id: q.questionId,
      roundIndex: q.roundIndex,
      index: q.questionIndex,
      count: q.questionCount,
      view: q.view,
      deadlineAt: q.remainingMs === null ? null : performance.now() + q.remainingMs,
      frames: [],
      aiBuzz: null,
      progress: null,
      mine: q.mine
        ? { correct: q.mine.correct, points: q.mine.points, canRetry: q.mine.canRetry, attempts: q.mine.attempts, sealed: q.mine.sealed === true, last: lastFromCatchUp(q.mine) }
        : null,
      duets: {},
      myEntryId: entryIdOf(q.mine?.judgement ?? null),
      ballot: null,
    };
    this.store.update({ question, reveal: null });
  }

  private patchQuestion(questionId: string, patch: (q: QuestionState) => Partial<QuestionState>): void {
    const q = this.store.state.question;
    if (!q || q.id !== questionId) return;
    this.store.update({ question: { ...q, ...patch(q) } });
  }

  private fail(error: unknown): ClientErrorCode {
    const code = errorCodeOf(error);
    this.store.update({ error: { code, at: Date.now() } });
    if (!(error instanceof RequestError)) console.error(error);
    return code;
  }

  // ---- intentions -------------------------------------------------------------------------------------

  openJoin(code: string): void {
    this.store.update({ entry: { screen: 'join', code } });
  }

  goHome(): void {
    setRoomInUrl(null);
    this.store.update({ entry: { screen: 'home' }, session: null, view: null, question: null, reveal: null, closed: null });
  }

  async createRoom(): Promise<boolean> {
    try {
      const { code, hostToken, joinUrl } = await this.client.request('room:create', {
        protocol: PROTOCOL_VERSION,
        lang: getLang(),
      });
      this.sessions.save(code, { role: 'host', token: hostToken, joinUrl });
      setRoomInUrl(code);
      this.store.update({ session: { code, role: 'host', token: hostToken, playerId: null, joinUrl }, closed: null });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  /** @returns null on success, else the error code for the form to show */
  async join(code: string, nickname: string): Promise<ClientErrorCode | null> {
    try {
      const { playerId, token } = await this.client.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname });
      this.sessions.save(code, { role: 'player', token, playerId });
      setRoomInUrl(code);
      this.store.update({ session: { code, role: 'player', token, playerId }, closed: null });
      return null;
    } catch (error) {
      return errorCodeOf(error);
    }
  }

  async leave(): Promise<void> {
    const code = this.store.state.session?.code;
    try {
      await this.client.request('room:leave', {});
    } catch {
      // Leaving works locally even if the server did not hear it; the seat times out there.
    }
    if (code) this.sessions.forget(code);
    this.goHome();
  }

  async host(command: HostCommand): Promise<boolean> {
    try {
      await this.client.request(command, {});
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  async setPlaylist(playlist: RoomView['playlist']): Promise<boolean> {
    try {
      await this.client.request('host:playlist', { playlist });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  async kick(playerId: string): Promise<void> {
    await this.client.request('host:kick', { playerId }).catch((e) => this.fail(e));
  }

  async lock(locked: boolean): Promise<void> {
    await this.client.request('host:lock', { locked }).catch((e) => this.fail(e));
  }

  /** Sends an answer and records the server's verdict on my current question. */
  async answer(answer: Answer): Promise<ClientErrorCode | null> {
    const q = this.store.state.question;
    if (!q) return 'WRONG_QUESTION';
    try {
      const result = await this.client.request('round:answer', { questionId: q.id, answer }, 15_000);
      this.patchQuestion(q.id, (cur) => {
        const entryId = entryIdOf(result.judgement) ?? cur.myEntryId;
        return {
          mine: {
            correct: result.correct,
            points: result.points,
            canRetry: result.canRetry,
            attempts: (cur.mine?.attempts ?? 0) + 1,
            sealed: result.sealed === true,
            last: result,
          },
          myEntryId: entryId,
          // The vote can open before this ack arrives: say which gallery entry is mine.
          ...(cur.ballot && cur.ballot.mine.entryId === null ? { ballot: { ...cur.ballot, mine: { ...cur.ballot.mine, entryId } } } : {}),
        };
      });
      return null;
    } catch (error) {
      return this.fail(error);
    }
  }

  /** Votes for a gallery entry (never one's own: the server refuses that too). */
  async vote(entryId: string): Promise<ClientErrorCode | null> {
    const q = this.store.state.question;
    if (!q?.ballot) return 'WRONG_PHASE';
    try {
      await this.client.request('round:vote', { questionId: q.id, entryId });
      this.patchQuestion(q.id, (cur) => (cur.ballot ? { ballot: { ...cur.ballot, mine: { ...cur.ballot.mine, votedFor: entryId } } } : {}));
      return null;
    } catch (error) {
      return this.fail(error);
    }
  }

  dismissError(): void {
    this.store.update({ error: null });
  }
}

function withFrame(frames: string[], index: number, image: string): string[] {
  const next = frames.slice();
  next[index] = image;
  return next;
}

function toStored(session: Session): StoredSession {
  return session.role === 'host'
    ? { role: 'host', token: session.token, ...(session.joinUrl ? { joinUrl: session.joinUrl } : {}) }
    : { role: 'player', token: session.token, playerId: session.playerId ?? '' };
}

/** Keep `?room=CODE` in the address bar so a refresh lands back in the same room. */
function setRoomInUrl(code: string | null): void {
  const url = new URL(window.location.href);
  if (code) url.searchParams.set('room', code);
  else url.searchParams.delete('room');
  window.history.replaceState(null, '', url);
}

type QuestionEvent = ServerPayload<'round:event'>['event'];

/** How a streamed question event changes the question on screen. */
function applyQuestionEvent(q: QuestionState, event: QuestionEvent): Partial<QuestionState> {
  switch (event.kind) {
    case 'digits-frame':
      return { frames: withFrame(q.frames, event.index, event.image) };
    case 'digits-ai-buzz':
      return { aiBuzz: { digit: event.digit, frameIndex: event.frameIndex, confidence: event.confidence } };
    case 'sketch-stroke': {
      const duet = q.duets[event.entryId] ?? { strokes: [], finished: false };
      const strokes = duet.strokes.slice();
      strokes[event.index] = { by: event.by, stroke: event.stroke };
      return { duets: { ...q.duets, [event.entryId]: { ...duet, strokes } } };
    }
    case 'sketch-yours':
      return { myEntryId: event.entryId };
    case 'sketch-cancelled': {
      const { [event.entryId]: _dropped, ...duets } = q.duets;
      return { duets, ...(q.myEntryId === event.entryId ? { myEntryId: null } : {}) };
    }
    case 'sketch-finished': {
      const duet = q.duets[event.entryId] ?? { strokes: [], finished: false };
      return { duets: { ...q.duets, [event.entryId]: { ...duet, finished: true } } };
    }
  }
}

/** The entry id in a Sketch Duet judgement (other kinds have none). */
function entryIdOf(judgement: AnswerResult['judgement']): string | null {
  return judgement && 'entryId' in judgement ? judgement.entryId : null;
}

/** A catch-up carries my last judgement; rebuild the ack's result from it so the screen can show it. */
function lastFromCatchUp(mine: NonNullable<ServerPayload<'round:question'>['mine']>): MyAnswer['last'] {
  if (!mine.judgement) return null;
  return { correct: mine.correct, points: mine.points, canRetry: mine.canRetry, judgement: mine.judgement, ...(mine.sealed ? { sealed: true as const } : {}) };
}
