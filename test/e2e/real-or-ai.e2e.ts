/**
 * A whole "Real or AI?" round in real browsers against the real server, on the built-in digits deck (held-out
 * MNIST digits against digits the project's GAN drew at start-up): the teacher sets the round up on the
 * projector, two phones (one in Korean) pick a picture per question, one by tapping and one with ←/→, and
 * nobody learns right or wrong until the reveal, which marks the real picture, the room's % and a tip.
 * Then, with a (tiny, drawn-by-the-test) faces deck and a broken deck installed, the Korean host form picks
 * the faces deck and shows the refused one, and a faces question is drawn in colour.
 * Screenshots go to test-results/e2e/.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppState } from '../../client/src/state/app-state';
import { openPage, PHONE, screenshot } from './support/browser';
import { hostNewRoom, useClassroom } from './support/classroom';
import { writeBrokenDeck, writeTinyFaceDeck } from './support/decks';
import { startGameServer } from './support/game-server';
import { waitForState } from './support/state';

const room = useClassroom();

const storeState = (page: Page) => page.evaluate(() => (window as unknown as { neuralArcade: { store: { state: AppState } } }).neuralArcade.store.state);

/** The question's two picture ids, left then right, as this page received them. */
async function imageIds(page: Page): Promise<[string, string]> {
  const view = (await storeState(page)).question?.view;
  if (view?.kind !== 'real-or-ai') throw new Error('not a Real or AI? question');
  return [view.images[0].id, view.images[1].id];
}

/** The screen of question `index` (the previous question's may still be on its way out). */
async function questionScreen(page: Page, index: number) {
  await waitForState(page, (s, i) => s.question?.index === i && s.question.view.kind === 'real-or-ai' && s.view?.phase === 'question', index);
  const id = (await storeState(page)).question!.id;
  const screen = page.locator(`[data-question-id="${id}"]`);
  await screen.getByTestId('roa-pair').waitFor();
  return screen;
}

/** Sum of a canvas's pixel values: more than 0 means something was drawn on it. */
const inkOn = (page: Page, testid: string) =>
  page.getByTestId(testid).evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += data[i]!;
    return sum;
  });

const scores = async (page: Page) => Object.fromEntries(((await storeState(page)).view?.players ?? []).map((p) => [p.nickname, p.score]));

describe('a classroom plays Real or AI?', () => {
  it('players pick the real picture, see "locked in", and learn who was right at the reveal', async () => {
    // The built-in deck needs the committed digit GAN (assets/models/gan/digits): say so if it is missing.
    const decks = (await (await fetch(`${room.server.url}/api/decks`)).json()) as { decks: { name: string }[]; problems: string[] };
    expect(decks.decks.map((d) => d.name), `no built-in deck: ${decks.problems.join('; ')}`).toContain('digits');

    // --- The teacher sets up one Real or AI? round: built-in digits deck, 2 questions, 15 s each.
    const { host, code } = await hostNewRoom(room);
    await host.getByTestId('round1-kind').selectOption('real-or-ai');
    await host.getByTestId('round1-deck').waitFor({ timeout: 15_000 });
    expect(await host.getByTestId('round1-deck').inputValue()).toBe('digits');
    // Only the built-in deck here, so the form says how to add faces and where decks go.
    const help = (await host.getByTestId('round1-deck-help').textContent()) ?? '';
    expect(help).toContain('npm run deck -- fetch london');
    expect(help).toContain('npm run deck -- import --real');
    expect(help).toContain('neural-arcade-e2e-decks-');
    expect(await host.getByTestId('round1-deck-credits').textContent()).toContain('MNIST');
    if (await host.getByTestId('round2-remove').count()) await host.getByTestId('round2-remove').click();
    await host.getByTestId('round1-questions').fill('2');
    await host.getByTestId('round1-questions').press('Tab');
    await host.getByTestId('round1-timer').selectOption({ label: '15 s' });
    await host.getByTestId('round1-difficulty').selectOption({ label: 'Hard' });
    await waitForState(host, (s) => {
      const p = s.view?.playlist ?? [];
      return p.length === 1 && p[0]!.kind === 'real-or-ai' && p[0]!.config.questions === 2 && p[0]!.config.timerSec === 15 && p[0]!.config.difficulty === 'hard';
    });
    await host.getByTestId('playlist-round1').scrollIntoViewIfNeeded();
    await screenshot(host, 'roa-host-setup');

    // --- Two phones join: one in Korean (taps), one in English (arrow keys).
    const seoyeon = await openPage(room.browser, 'seoyeon', { ...PHONE, locale: 'ko-KR' });
    const alex = await openPage(room.browser, 'alex', { ...PHONE, locale: 'en-US' });
    for (const [page, name] of [[seoyeon, '서연'], [alex, 'Alex']] as const) {
      await page.goto(`${room.server.url}/?room=${code}`);
      await page.getByTestId('nickname-input').fill(name);
      await page.getByTestId('join-submit').tap();
    }
    await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('Players: 2');
    await host.getByTestId('host-start').click();
    await seoyeon.getByTestId('intro-card').waitFor({ timeout: 30_000 });
    expect(await seoyeon.getByTestId('intro-card').textContent()).toContain('진짜일까 AI일까?');

    for (let q = 0; q < 2; q++) {
      const [phoneScreen, keysScreen, hostScreen] = await Promise.all([questionScreen(seoyeon, q), questionScreen(alex, q), questionScreen(host, q)]);
      const ids = await imageIds(seoyeon);
      expect(await imageIds(alex)).toEqual(ids);

      // Both pictures drawn, the same size, side by side, inside a 390 px phone; credits under them.
      // Measured once the screen has settled: on a loaded machine the first box can be taken mid-transition.
      const boxes = async () => [(await phoneScreen.getByTestId('roa-image-left').boundingBox())!, (await phoneScreen.getByTestId('roa-image-right').boundingBox())!] as const;
      await expect.poll(async () => {
        const [l, r] = await boxes();
        return Math.max(Math.abs(l.width - r.width), Math.abs(l.y - r.y));
      }).toBeLessThan(1);
      const [left, right] = await boxes();
      expect(left.x + left.width).toBeLessThanOrEqual(right.x);
      expect(right.x + right.width).toBeLessThanOrEqual(390);
      expect(left.width).toBeGreaterThan(150);
      expect(await inkOn(seoyeon, 'roa-image-left')).toBeGreaterThan(0);
      expect(await inkOn(seoyeon, 'roa-image-right')).toBeGreaterThan(0);
      expect(await phoneScreen.getByTestId('roa-credits').textContent()).toContain('MNIST');
      // No answer buttons on the projector.
      expect(await hostScreen.locator('button.roa-choice').count()).toBe(0);
      // The projector shows them bigger than a phone does, with the teacher's controls still on screen.
      expect((await hostScreen.getByTestId('roa-image-left').boundingBox())!.width).toBeGreaterThan(left.width * 1.4);
      const controls = (await host.getByTestId('host-next').boundingBox())!;
      expect(controls.y + controls.height).toBeLessThanOrEqual(768);
      if (q === 0) {
        await screenshot(seoyeon, 'roa-phone-question');
        await screenshot(host, 'roa-host-question');
      }

      // Seoyeon taps one picture, Alex presses the arrow for the other: exactly one of them is right.
      const tapSide = q === 0 ? 'left' : 'right';
      const keySide = q === 0 ? 'right' : 'left';
      const tap = async () => {
        await phoneScreen.getByTestId(`roa-pick-${tapSide}`).tap();
        await waitForState(seoyeon, (s) => s.question?.mine?.sealed === true);
      };
      const press = async () => {
        await alex.keyboard.press(keySide === 'left' ? 'ArrowLeft' : 'ArrowRight');
        await waitForState(alex, (s) => s.question?.mine?.sealed === true);
      };
      // Whoever answers first waits on "locked in" while the other thinks: pick highlighted, nothing said
      // about right or wrong, no score moved. (The last answer ends the question at once.)
      const first = q === 0 ? { page: seoyeon, screen: phoneScreen, side: tapSide, locked: '선택 완료', pick: tap } : { page: alex, screen: keysScreen, side: keySide, locked: 'Locked in', pick: press };
      await first.pick();
      const before = await scores(host);
      expect(await first.screen.getByTestId('answer-feedback').textContent()).toContain(first.locked);
      expect(await first.screen.getByTestId(`roa-pick-${first.side}`).getAttribute('class')).toContain('is-picked');
      const mine = (await storeState(first.page)).question!.mine!;
      expect([mine.correct, mine.points]).toEqual([false, 0]);
      if (q === 0) expect(before).toEqual({ 서연: 0, Alex: 0 });
      await screenshot(first.page, q === 0 ? 'roa-phone-locked' : 'roa-phone-keys-locked');
      await (q === 0 ? press : tap)();
      const keyPick = (await storeState(alex)).question!.mine!.last!.judgement;
      expect(keyPick && 'choiceId' in keyPick ? keyPick.choiceId : null).toBe(ids[keySide === 'left' ? 0 : 1]);

      // --- The reveal: the real picture marked, the room's %, a tip, the AI's level, the credits.
      await waitForState(host, (s, id) => s.view?.phase === 'reveal' && s.reveal?.view.kind === 'real-or-ai' && s.reveal.questionId === id, (await storeState(host)).question!.id);
      await host.getByTestId('roa-real').waitFor();
      const reveal = (await storeState(host)).reveal!;
      if (reveal.view.kind !== 'real-or-ai') throw new Error('expected a Real or AI? reveal');
      const realSide = ids.indexOf(reveal.view.realId) === 0 ? 'left' : 'right';
      expect(await host.getByTestId('roa-real').getAttribute('data-side')).toBe(realSide);
      expect(await host.getByTestId('roa-ai').getAttribute('data-side')).toBe(realSide === 'left' ? 'right' : 'left');
      expect([reveal.correctCount, reveal.answeredCount]).toEqual([1, 2]);
      expect(await host.getByTestId('room-correct').textContent()).toContain('50%');
      expect(await host.getByTestId('reveal-answer').textContent()).toContain(`on the ${realSide}`);
      const tips = await host.getByTestId('roa-tip').allTextContents();
      expect(tips.length).toBeGreaterThanOrEqual(1);
      expect(tips[0]).toMatch(/Smudgy strokes|Stray dots|Broken strokes/);
      expect(await host.getByTestId('roa-level').textContent()).toMatch(/AI level \d of \d · trained \d+ steps/);
      expect(await host.getByTestId('roa-credits').textContent()).toContain('MNIST');

      // Scores moved now, and only for the one who picked the real picture.
      const winner = tapSide === realSide ? '서연' : 'Alex';
      await expect.poll(async () => (await scores(host))[winner]! > before[winner]!).toBe(true);
      const after = await scores(host);
      expect(after[winner === '서연' ? 'Alex' : '서연']).toBe(before[winner === '서연' ? 'Alex' : '서연']);
      await seoyeon.getByTestId('my-result').waitFor({ timeout: 15_000 });
      expect(await seoyeon.getByTestId('my-result').textContent()).toContain(winner === '서연' ? '진짜를 찾았어요' : 'AI가 그린 그림을 골랐어요');
      expect(await alex.getByTestId('my-result').textContent()).toContain(winner === 'Alex' ? 'You spotted it' : 'You picked the AI');
      if (q === 0) {
        await screenshot(host, 'roa-host-reveal');
        await screenshot(seoyeon, 'roa-phone-reveal');
        await screenshot(seoyeon, 'roa-phone-reveal-full', true);
      }
    }

    // --- And on to the podium for everyone.
    for (const page of [host, seoyeon, alex]) await page.getByTestId('podium').waitFor({ timeout: 30_000 });
  });
  it('offers an installed faces deck first, lists a refused deck, and plays faces in colour', async () => {
    const decksDir = await mkdtemp(join(tmpdir(), 'neural-arcade-e2e-faces-'));
    await writeTinyFaceDeck(decksDir);
    await writeBrokenDeck(decksDir);
    const server = await startGameServer({ decksDir });
    try {
      const { host, code } = await hostNewRoom({ server, browser: room.browser }, 'ko-KR');
      await host.getByTestId('round1-kind').selectOption('real-or-ai');
      await host.getByTestId('round1-deck').waitFor({ timeout: 15_000 });
      // The faces deck is the default; the built-in digits stay on offer; the broken folder is named with why.
      expect(await host.getByTestId('round1-deck').inputValue()).toBe('tiny-faces');
      const options = await host.getByTestId('round1-deck').locator('option').allTextContents();
      expect(options.join('|')).toContain('작은 테스트 얼굴');
      expect(options.join('|')).toContain('손글씨 숫자 (기본 제공)');
      expect(await host.getByTestId('round1-deck-problems').textContent()).toContain('broken/deck.json');
      expect(await host.getByTestId('round1-deck-help').count()).toBe(0);
      expect(await host.getByTestId('round1-deck-credits').textContent()).toContain('Tiny test faces');
      if (await host.getByTestId('round2-remove').count()) await host.getByTestId('round2-remove').click();
      await host.getByTestId('round1-questions').fill('1');
      await host.getByTestId('round1-questions').press('Tab');
      await waitForState(host, (s) => {
        const p = s.view?.playlist ?? [];
        return p.length === 1 && p[0]!.kind === 'real-or-ai' && p[0]!.config.deck === 'tiny-faces' && p[0]!.config.questions === 1;
      });
      await host.getByTestId('playlist-round1').scrollIntoViewIfNeeded();
      await screenshot(host, 'roa-host-setup-faces-ko');

      const phone = await openPage(room.browser, 'faces-phone', { ...PHONE, locale: 'en-US' });
      await phone.goto(`${server.url}/?room=${code}`);
      await phone.getByTestId('nickname-input').fill('Mina');
      await phone.getByTestId('join-submit').tap();
      await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('참가자: 1명');
      await host.getByTestId('host-start').click();
      const screen = await questionScreen(phone, 0);
      expect(await screen.getByTestId('roa-prompt').textContent()).toBe('Which face is a real photo?');
      expect(await screen.getByTestId('roa-image-left').getAttribute('class')).toContain('is-smooth');
      expect(await screen.getByTestId('roa-credits').textContent()).toContain('Tiny test faces');
      await screenshot(phone, 'roa-phone-faces');
      await screen.getByTestId('roa-pick-left').tap();

      await host.getByTestId('roa-real').waitFor({ timeout: 30_000 });
      const tips = await host.getByTestId('roa-tip').allTextContents();
      expect(tips.length).toBeGreaterThanOrEqual(1);
      expect(tips[0]).toMatch(/^(배경|귀|눈|머리카락 경계|이|좌우 대칭|피부) /);
      expect(await host.getByTestId('roa-credits').textContent()).toContain('drawn by the test');
      await screenshot(host, 'roa-host-reveal-faces-ko');
      await phone.getByTestId('my-result').waitFor();
      await screenshot(phone, 'roa-phone-reveal-faces');
    } finally {
      await server.stop();
      await rm(decksDir, { recursive: true, force: true });
    }
  });
});
