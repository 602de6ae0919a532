/**
 * A whole classroom game in real browsers: a projector (host), a phone (Korean, touch) and a laptop
 * (English, mouse) play one Draw race round of two questions against the real server and model, and
 * everyone reaches the podium. Screenshots of the key moments go to test-results/e2e/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAPTOP, openPage, PHONE, screenshot } from './support/browser';
import { digitDrawing, drawWithMouse, drawWithTouch } from './support/draw';
import { hostNewRoom, useClassroom } from './support/classroom';
import { waitForState } from './support/state';

const room = useClassroom();

/** Draws the prompted digit until the server's AI recognises it (a person would retry too). */
async function playDrawQuestion(page: Page, name: string, questionIndex: number, useTouch: boolean): Promise<void> {
  await waitForState(page, (s, i) => s.question?.index === i && s.question?.view.kind === 'digits' && s.question.view.variant === 'draw', questionIndex);
  const questionId = await page.evaluate(() => (window as unknown as { neuralArcade: { store: { state: { question: { id: string } } } } }).neuralArcade.store.state.question.id);
  // The screen for *this* question (the previous one's may still be on its way out).
  const screen = page.locator(`[data-question-id="${questionId}"]`);
  await screen.getByTestId('draw-pad').waitFor();
  const prompt = Number(await screen.locator('.prompt-digit-inline').textContent());
  for (let attempt = 0; attempt < 3; attempt++) {
    await (useTouch ? drawWithTouch : drawWithMouse)(page, digitDrawing(prompt, attempt));
    // Like a person, look at the live preview (the in-browser model's guess on this drawing) before submitting.
    await expect.poll(() => screen.getByTestId('preview-text').textContent(), { timeout: 30_000 }).toMatch(/\(\d+%\)/);
    if (attempt === 0 && questionIndex === 0) {
      // The preview is throttled: wait for it to catch up with the whole drawing, then it must read the digit.
      await expect.poll(() => screen.getByTestId('preview-text').textContent(), { timeout: 10_000 }).toMatch(new RegExp(`${prompt} \\(\\d+%\\)`));
      await screenshot(page, `${name}-drawing`);
    }
    if (process.env.E2E_DEBUG) await screenshot(page, `${name}-debug-q${questionIndex + 1}-a${attempt}`);
    if (useTouch) await screen.getByTestId('draw-submit').tap();
    else await page.keyboard.press('Enter');
    // Wait for the server's verdict on this attempt (the screen may move on to the reveal right after).
    await waitForState(page, (s, a) => (s.question?.mine?.attempts ?? 0) > a, attempt);
    const mine = await page.evaluate(() => (window as unknown as { neuralArcade: { store: { state: { question: { mine: { correct: boolean; canRetry: boolean } } } } } }).neuralArcade.store.state.question.mine);
    if (attempt === 0) await screenshot(page, `${name}-judged-q${questionIndex + 1}`);
    if (mine.correct) return;
    expect(mine.canRetry).toBe(true);
  }
  throw new Error(`${name}: the AI did not recognise a drawn ${prompt} in 3 tries`);
}

describe('a classroom plays a draw race', () => {
  it('host sets up, two players draw, everyone reaches the podium', async () => {
    // --- The teacher opens a room on the projector.
    const { host, code } = await hostNewRoom(room);
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    const joinLink = (await host.getByTestId('join-url').getAttribute('href'))!;
    expect(joinLink).toContain(`?room=${code}`);

    // --- Playlist: one Draw race round of 2 questions with a 30 s timer.
    await host.getByTestId('round1-variant').selectOption({ label: 'Draw race' });
    await host.getByTestId('round1-questions').fill('2');
    await host.getByTestId('round1-questions').press('Tab');
    await host.getByTestId('round1-timer').selectOption({ label: '30 s' });
    await host.getByTestId('round2-remove').click();
    await waitForState(host, (s) => {
      const p = s.view?.playlist ?? [];
      return p.length === 1 && p[0]!.kind === 'digits' && p[0]!.config.variant === 'draw' && p[0]!.config.questions === 2 && p[0]!.config.timerSec === 30;
    });

    // --- Students open the join link: a phone in Korean, a laptop in English.
    const link = new URL(joinLink);
    const joinAt = `${room.server.url}${link.pathname}${link.search}`; // the link's host is the LAN address; tests use loopback
    const phone = await openPage(room.browser, 'phone', { ...PHONE, locale: 'ko-KR' });
    const laptop = await openPage(room.browser, 'laptop', { ...LAPTOP, locale: 'en-US' });
    await phone.goto(joinAt);
    await expect.poll(() => phone.getByTestId('join-title').textContent()).toContain('방에 참여하기');
    await phone.getByTestId('nickname-input').fill('민준');
    await phone.getByTestId('join-submit').tap();
    await expect.poll(() => phone.getByTestId('player-lobby-title').textContent()).toBe('민준 님, 입장 완료!');
    await screenshot(phone, 'phone-lobby-ko');

    await laptop.goto(joinAt);
    await laptop.getByTestId('nickname-input').fill('Ada');
    await laptop.getByTestId('nickname-input').press('Enter');
    await expect.poll(() => laptop.getByTestId('player-lobby-title').textContent()).toBe("You're in, Ada!");

    await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('Players: 2');
    await screenshot(host, 'host-lobby', true);

    // --- Start: intro card, then the questions.
    await host.getByTestId('host-start').click();
    await host.getByTestId('intro-card').waitFor({ timeout: 60_000 });
    await screenshot(host, 'host-intro');
    await phone.getByTestId('intro-card').waitFor();
    expect(await phone.getByTestId('intro-card').textContent()).toContain('숫자 그리기');

    for (let q = 0; q < 2; q++) {
      if (q === 0) {
        await host.getByTestId('draw-prompt').waitFor({ timeout: 30_000 });
        await screenshot(host, 'host-question');
      }
      try {
        await Promise.all([playDrawQuestion(phone, 'phone', q, true), playDrawQuestion(laptop, 'laptop', q, false)]);
      } catch (error) {
        for (const page of [phone, laptop]) {
          console.error(await page.evaluate(() => JSON.stringify({ q: (window as unknown as { neuralArcade: { store: { state: { question: unknown; error: unknown } } } }).neuralArcade.store.state.question, err: (window as unknown as { neuralArcade: { store: { state: { error: unknown } } } }).neuralArcade.store.state.error, pads: document.querySelectorAll('[data-testid=draw-pad]').length, screen: document.body.dataset.screen })).catch(String));
        }
        await Promise.all([screenshot(phone, `failed-phone-q${q + 1}`), screenshot(laptop, `failed-laptop-q${q + 1}`), screenshot(host, `failed-host-q${q + 1}`)]);
        throw error;
      }
      // Everyone answered: the reveal shows the drawings as the AI saw them.
      await host.getByTestId('showcase-card').first().waitFor({ timeout: 40_000 });
      await screenshot(host, `host-reveal-q${q + 1}`);
      if (q === 0) {
        await phone.getByTestId('my-result').waitFor();
        expect(await phone.getByTestId('my-result').textContent()).toContain('정답');
        await screenshot(phone, 'phone-reveal');
      }
    }

    // --- Leaderboard after the round, then the podium.
    await host.getByTestId('leaderboard').waitFor({ timeout: 30_000 });
    await screenshot(host, 'host-leaderboard');
    await laptop.getByTestId('my-rank').waitFor();
    await screenshot(laptop, 'laptop-leaderboard');

    for (const page of [host, phone, laptop]) await page.getByTestId('podium').waitFor({ timeout: 30_000 });
    for (const page of [host, phone, laptop]) {
      const names = await page.getByTestId('podium-name').allTextContents();
      expect(names.sort()).toEqual(['Ada', '민준']);
    }
    expect(await phone.locator('.podium-place').allTextContents()).toEqual(expect.arrayContaining(['1등']));
    await screenshot(host, 'host-podium');
    await screenshot(phone, 'phone-podium');

    // The teacher's results download works (and is the host's alone: the players' pages have no link).
    const csvHref = (await host.getByTestId('download-csv').getAttribute('href'))!;
    const csv = await host.request.get(`${room.server.url}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Ada');
    expect(await phone.getByTestId('download-csv').count()).toBe(0);
  });
});
