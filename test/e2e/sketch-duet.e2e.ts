/**
 * A whole Sketch Duet in real browsers against the real server and models: the teacher sets up the round on
 * the projector, a phone (Korean, touch) and a laptop (English, mouse and keyboard) draw openings, watch the
 * AI finish them stroke by stroke, vote for each other's duet, and reach the leaderboard and the podium.
 * Screenshots of the key moments go to test-results/e2e/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppState } from '../../client/src/state/app-state';
import { SKETCH_CATEGORIES } from '../../shared/strokes/procedural/categories';
import { LAPTOP, openPage, PHONE, screenshot } from './support/browser';
import { drawWithMouse, drawWithTouch } from './support/draw';
import { hostNewRoom, useClassroom } from './support/classroom';
import { waitForState } from './support/state';

const room = useClassroom();

/** A house's walls and roof as one stroke, the way people start one: what the AI should build on. */
const HOUSE_OUTLINE: [number, number][][] = [
  [
    [60, 230], [60, 120], [128, 50], [196, 120], [196, 230], [60, 230],
  ],
];
const WALLS: [number, number][][] = [[[70, 220], [70, 110], [190, 110], [190, 220], [70, 220]]];

const storeState = (page: Page) => page.evaluate(() => (window as unknown as { neuralArcade: { store: { state: AppState } } }).neuralArcade.store.state);

/** The player's own duet as the page knows it: how many AI strokes have streamed in, and whether it is done. */
async function myDuet(page: Page): Promise<{ ai: number; finished: boolean }> {
  const state = await storeState(page);
  const q = state.question;
  const duet = q?.myEntryId ? q.duets[q.myEntryId] : undefined;
  return { ai: duet?.strokes.filter((s) => s?.by === 'ai').length ?? 0, finished: duet?.finished ?? false };
}

describe('a classroom plays Sketch Duet', () => {
  it('players draw openings, watch the AI finish them, vote, and reach the podium', async () => {
    // --- The teacher picks one Sketch Duet round: one prompt, house only, two strokes of ink.
    const { host, code } = await hostNewRoom(room);
    await host.getByTestId('round1-kind').selectOption('sketch');
    await host.getByTestId('round1-all-categories').waitFor({ timeout: 15_000 });
    if (await host.getByTestId('round2-remove').count()) await host.getByTestId('round2-remove').click();
    await host.getByTestId('round1-questions').fill('1');
    await host.getByTestId('round1-questions').press('Tab');
    // Unticking "all" lists every category ticked; untick all but house.
    await host.getByTestId('round1-all-categories').uncheck();
    for (const id of SKETCH_CATEGORIES.filter((c) => c !== 'house')) await host.getByTestId(`round1-category-${id}`).uncheck();
    await waitForState(host, (s) => {
      const p = s.view?.playlist ?? [];
      return p.length === 1 && p[0]!.kind === 'sketch' && p[0]!.config.questions === 1 && p[0]!.config.categories.join() === 'house';
    });
    await host.getByTestId('playlist-round1').scrollIntoViewIfNeeded();
    await screenshot(host, 'sketch-host-setup');

    // --- A phone in Korean and a laptop in English join.
    const phone = await openPage(room.browser, 'phone', { ...PHONE, locale: 'ko-KR' });
    const laptop = await openPage(room.browser, 'laptop', { ...LAPTOP, locale: 'en-US' });
    await phone.goto(`${room.server.url}/?room=${code}`);
    await phone.getByTestId('nickname-input').fill('서연');
    await phone.getByTestId('join-submit').tap();
    await laptop.goto(`${room.server.url}/?room=${code}`);
    await laptop.getByTestId('nickname-input').fill('Ada');
    await laptop.getByTestId('nickname-input').press('Enter');
    await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('Players: 2');

    await host.getByTestId('host-start').click();
    await phone.getByTestId('intro-card').waitFor({ timeout: 30_000 });
    expect(await phone.getByTestId('intro-card').textContent()).toContain('AI와 이어 그리기');

    // --- The prompt, in each player's language.
    await phone.getByTestId('sketch-prompt').waitFor({ timeout: 30_000 });
    expect(await phone.getByTestId('sketch-prompt').textContent()).toContain('집');
    await laptop.getByTestId('sketch-prompt').waitFor();
    expect(await laptop.getByTestId('sketch-prompt').textContent()).toContain('house');

    // --- They draw. The ink meter counts down; the phone's ghost shows where the AI would go.
    await drawWithTouch(phone, HOUSE_OUTLINE);
    await expect.poll(async () => (await phone.getByTestId('ink-meter').getAttribute('data-left')) ?? '', { timeout: 10_000 }).toBe('1');
    await screenshot(phone, 'sketch-phone-drawing');
    await drawWithMouse(laptop, WALLS);
    await screenshot(laptop, 'sketch-laptop-drawing');

    // --- The phone hands over to the AI and watches it draw: the strokes arrive one by one, then it is done.
    await phone.getByTestId('sketch-submit').tap();
    await expect.poll(async () => (await myDuet(phone)).ai, { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(phone, 'sketch-phone-ai-drawing');
    await screenshot(host, 'sketch-host-live-grid');
    await expect.poll(async () => (await myDuet(phone)).finished, { timeout: 30_000 }).toBe(true);
    await phone.getByTestId('duet-verdict').waitFor({ timeout: 15_000 });
    await screenshot(phone, 'sketch-phone-verdict');

    // The laptop hands over with the keyboard.
    await laptop.getByTestId('draw-pad').focus();
    await laptop.keyboard.press('Enter');
    await expect.poll(async () => (await myDuet(laptop)).finished, { timeout: 30_000 }).toBe(true);
    // The host's projector shows both duets being drawn.
    await expect.poll(async () => Object.keys((await storeState(host)).question?.duets ?? {}).length, { timeout: 15_000 }).toBe(2);

    // --- The vote: each marks the other's duet (never their own).
    await phone.getByTestId('vote-gallery').waitFor({ timeout: 30_000 });
    await laptop.getByTestId('vote-gallery').waitFor({ timeout: 30_000 });
    await host.getByTestId('vote-gallery').waitFor({ timeout: 30_000 });
    expect(await phone.locator('.vote-card.is-mine').count()).toBe(1);
    await screenshot(phone, 'sketch-phone-gallery');
    await screenshot(host, 'sketch-host-gallery');
    await phone.locator('.vote-card:not(.is-mine)').first().tap();
    await waitForState(phone, (s) => !!s.question?.ballot?.mine.votedFor);
    // The laptop votes with the keyboard: focus a card that is not its own, Enter.
    await laptop.locator('.vote-card:not(.is-mine)').first().focus();
    await laptop.keyboard.press('Enter');
    await waitForState(laptop, (s) => !!s.question?.ballot?.mine.votedFor);

    // --- Both voted: the reveal ranks the duets, with names, votes and what the AI saw.
    await host.getByTestId('duet-ranking').waitFor({ timeout: 30_000 });
    await screenshot(host, 'sketch-host-reveal');
    const reveal = (await storeState(host)).reveal!;
    if (reveal.view.kind !== 'sketch') throw new Error('expected a sketch reveal');
    expect(reveal.view.entries.map((e) => e.votes).sort()).toEqual([1, 1]);
    for (const entry of reveal.view.entries) expect(entry.points).toBe(100 + Math.round((entry.recognisability ?? 0) * 500));
    expect(await host.getByTestId('duet-ranking').textContent()).toContain('Ada');
    await phone.getByTestId('my-result').waitFor({ timeout: 15_000 });
    await screenshot(phone, 'sketch-phone-reveal');

    // --- Leaderboard, then the podium for everyone.
    await host.getByTestId('leaderboard').waitFor({ timeout: 30_000 });
    await screenshot(host, 'sketch-host-leaderboard');
    for (const page of [host, phone, laptop]) await page.getByTestId('podium').waitFor({ timeout: 30_000 });
    expect((await host.getByTestId('podium-name').allTextContents()).sort()).toEqual(['Ada', '서연']);
  });
});
