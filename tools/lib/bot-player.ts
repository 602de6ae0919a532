import type { DigitClassifier } from '../../server/ml/digit-classifier';
import { mulberry32 } from '../../shared/game/random';
import { argmax } from '../../shared/game/rounds/digits/ai-player';
import { decodeImage, toUnitFloats } from '../../shared/game/rounds/digits/image-codec';
import type { Answer } from '../../shared/game/rounds/registry-schemas';
import { PROTOCOL_VERSION, type ServerPayload } from '../../shared/protocol';
import { isSketchCategory } from '../../shared/strokes/procedural/categories';
import { generateSketchForSeed } from '../../shared/strokes/procedural/generate';
import { BotClient } from './bot-client';
import { sampleDigitStrokes } from './sample-digit-strokes';

/**
 * The bots' eyes: the real CNN (in its worker) on the frames the server sends. All bots see the same
 * frames, so each frame is classified once and shared.
 */
export class FrameBrain {
  private seen = new Map<string, Promise<number[]>>();
  constructor(private readonly classifier: DigitClassifier) {}

  look(questionId: string, index: number, image: string): Promise<number[]> {
    const key = `${questionId}:${index}`;
    let probs = this.seen.get(key);
    if (!probs) {
      probs = this.classifier.classify([toUnitFloats(decodeImage(image))]).then(([p]) => p ?? []);
      this.seen.set(key, probs);
    }
    return probs;
  }
}

export interface BotStats {
  answers: number;
  /** Sketch Duet votes accepted. */
  votes: number;
  correct: number;
  wrong: number;
  errorCodes: Record<string, number>;
}

/**
 * One simulated student. Reveal race: answers once the CNN on the current frame is as sure as this bot's
 * nerve, and sometimes fumbles (a wrong key). Draw race: draws the prompt with a shaky hand, or first draws
 * a wrong digit and then retries. Sketch Duet: starts the prompt and votes for someone else's duet.
 * Real or AI?: guesses (bots cannot see), and learns at the reveal whether it was right.
 */
export class BotPlayer {
  readonly client: BotClient;
  playerId = '';
  token = '';
  private answered = new Set<string>();
  private voted = new Set<string>();
  /** My Sketch Duet entry per question, as the server said. */
  private myEntry = new Map<string, string>();
  /** Questions answered in a sealed round ("Real or AI?"): right or wrong is learnt at the reveal. */
  private sealed = new Set<string>();
  private rand: () => number;

  constructor(
    url: string,
    readonly nickname: string,
    private readonly code: string,
    private readonly brain: FrameBrain,
    private readonly stats: BotStats,
    seed: number,
  ) {
    this.client = new BotClient(url);
    this.rand = mulberry32(seed);
  }

  private nerve = 0;
  private fumbles = false;

  async join(): Promise<void> {
    await this.client.connected();
    this.nerve = 0.6 + this.rand() * 0.39;
    this.fumbles = this.rand() < 0.2;
    const res = await this.client.request('room:join', { protocol: PROTOCOL_VERSION, code: this.code, nickname: this.nickname });
    if (!res.ok) throw new Error(`${this.nickname} could not join: ${res.error.code}`);
    this.playerId = res.data.playerId;
    this.token = res.data.token;
    this.listen();
  }

  /** Lose the connection and take the seat back with the stored token. */
  async dropAndResume(): Promise<{ ok: boolean; samePlayer: boolean }> {
    await this.client.reconnect();
    this.listen();
    const res = await this.client.request('room:resume', { protocol: PROTOCOL_VERSION, code: this.code, token: this.token });
    return { ok: res.ok, samePlayer: res.ok && res.data.playerId === this.playerId };
  }

  private listen(): void {
    const socket = this.client.socket;
    socket.on('round:question', (q) => void this.onQuestion(q));
    socket.on('round:event', (e) => void this.onEvent(e));
    socket.on('round:ballot', (b) => void this.onBallot(b));
    socket.on('round:reveal', (r) => this.onReveal(r));
  }

  /** Real or AI?: no bot can see pixels, so it guesses, as a player who has no idea would. */
  private async onPick(q: ServerPayload<'round:question'>): Promise<void> {
    if (q.view.kind !== 'real-or-ai' || q.mine) return;
    await sleep(300 + this.rand() * 2000);
    const choice = q.view.images[this.rand() < 0.5 ? 0 : 1];
    // Noted before sending: the last answer ends the question, and the reveal can overtake its ack.
    this.sealed.add(q.questionId);
    if (!(await this.answer(q.questionId, { type: 'pick', choiceId: choice.id }))) this.sealed.delete(q.questionId);
  }

  private onReveal({ questionId, results }: ServerPayload<'round:reveal'>): void {
    if (!this.sealed.delete(questionId)) return;
    const mine = results.find((r) => r.playerId === this.playerId);
    if (mine?.correct) this.stats.correct++;
    else if (mine) this.stats.wrong++;
  }

  /** Sketch Duet: the first stroke or two of a procedural drawing of the prompt, then the AI's turn. */
  private async onSketch(q: ServerPayload<'round:question'>): Promise<void> {
    if (q.view.kind !== 'sketch' || q.mine) return;
    await sleep(500 + this.rand() * 3000);
    const category = isSketchCategory(q.view.category) ? q.view.category : 'circle';
    const strokes = generateSketchForSeed(category, Math.floor(this.rand() * 1e6)).slice(0, Math.min(q.view.inkStrokes, this.rand() < 0.5 ? 1 : 2));
    await this.answer(q.questionId, { type: 'sketch', strokes });
  }

  /** A vote for someone else's duet, chosen at random (the server refuses one's own anyway). */
  private async onBallot(ballot: ServerPayload<'round:ballot'>): Promise<void> {
    if (ballot.mine?.votedFor || this.voted.has(ballot.questionId)) return;
    const choices = ballot.entries.filter((e) => e.entryId !== (ballot.mine?.entryId ?? this.myEntry.get(ballot.questionId)));
    if (choices.length === 0) return;
    this.voted.add(ballot.questionId);
    await sleep(300 + this.rand() * 2000);
    const pick = choices[Math.floor(this.rand() * choices.length)]!;
    const res = await this.client.request('round:vote', { questionId: ballot.questionId, entryId: pick.entryId }, true);
    if (res.ok) this.stats.votes++;
    else this.stats.errorCodes[res.error.code] = (this.stats.errorCodes[res.error.code] ?? 0) + 1;
  }

  private async onQuestion(q: ServerPayload<'round:question'>): Promise<void> {
    if (q.view.kind === 'sketch') return this.onSketch(q);
    if (q.view.kind === 'real-or-ai') return this.onPick(q);
    if (q.view.kind !== 'digits' || q.view.variant !== 'draw' || q.mine?.correct || q.mine?.canRetry === false) return;
    const prompt = q.view.prompt;
    await sleep(300 + this.rand() * 2000);
    let digit = this.fumbles ? (prompt + 3) % 10 : prompt;
    for (let attempt = 0; attempt < 3; attempt++) {
      const strokes = sampleDigitStrokes(digit, 2, Math.floor(this.rand() * 1e6));
      const res = await this.answer(q.questionId, { type: 'drawing', strokes });
      if (!res || !res.canRetry) return;
      digit = prompt;
      await sleep(300);
    }
  }

  private async onEvent({ questionId, event }: ServerPayload<'round:event'>): Promise<void> {
    if (event.kind === 'sketch-yours') this.myEntry.set(questionId, event.entryId);
    if (event.kind !== 'digits-frame' || this.answered.has(questionId)) return;
    const probs = await this.brain.look(questionId, event.index, event.image);
    const guess = argmax(probs);
    const lastFrame = event.index >= 11;
    if ((probs[guess] ?? 0) < this.nerve && !lastFrame) return;
    if (this.answered.has(questionId)) return;
    this.answered.add(questionId);
    const digit = this.fumbles && this.rand() < 0.5 ? (guess + 1) % 10 : guess;
    await this.answer(questionId, { type: 'digit', digit });
  }

  private async answer(
    questionId: string,
    answer: Answer,
  ) {
    const res = await this.client.request('round:answer', { questionId, answer }, true);
    this.stats.answers++;
    if (!res.ok) {
      this.stats.errorCodes[res.error.code] = (this.stats.errorCodes[res.error.code] ?? 0) + 1;
      return null;
    }
    if (res.data.sealed) return res.data;
    if (res.data.correct) this.stats.correct++;
    else this.stats.wrong++;
    return res.data;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
