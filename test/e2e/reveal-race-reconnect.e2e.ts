/**
 * The reveal race, plus what goes wrong in classrooms: the teacher pauses (everyone sees it), a student's
 * page reloads mid-question (they land back in the question), a keyboard-only answer, and ending the game
 * early with the E shortcut (confirmed). Screenshots go to test-results/e2e/.
 */
import { describe, expect, it } from 'vitest';
import { LAPTOP, openPage, screenshot } from './support/browser';
import { hostNewRoom, useClassroom } from './support/classroom';
import { waitForState } from './support/state';

const room = useClassroom();

describe('reveal race in a real classroom', () => {
  it('survives a pause and a reload, takes a keyboard answer, and ends early', async () => {
    const { host, code } = await hostNewRoom(room);

    await host.getByTestId('round2-remove').click();
    await host.getByTestId('round1-questions').fill('1');
    await host.getByTestId('round1-questions').press('Tab');
    await host.getByTestId('round1-timer').selectOption({ label: '90 s' });
    await waitForState(host, (s) => s.view?.playlist.length === 1 && s.view.playlist[0]!.config.questions === 1 && s.view.playlist[0]!.config.timerSec === 90);

    // A student types the code on the home page (keyboard only).
    const student = await openPage(room.browser, 'student', { ...LAPTOP, locale: 'en-US' });
    await student.goto(room.server.url);
    await student.getByTestId('room-code-input').pressSequentially(code.toLowerCase());
    await student.keyboard.press('Enter');
    await student.getByTestId('nickname-input').fill('Grace');
    await student.keyboard.press('Enter');
    await student.getByTestId('player-lobby-title').waitFor();

    await host.getByTestId('host-start').click();
    await student.getByTestId('reveal-frame').waitFor({ timeout: 60_000 });

    // The teacher pauses with P: everyone sees the curtain.
    await host.locator('body').press('p');
    await student.getByTestId('paused-overlay').waitFor();
    await screenshot(student, 'student-paused');
    await host.locator('body').press('p');
    await expect.poll(() => student.getByTestId('paused-overlay').isVisible()).toBe(false);

    // A reload mid-question lands back in the same question, frames and all.
    await student.reload();
    await student.getByTestId('reveal-frame').waitFor({ timeout: 30_000 });
    await waitForState(student, (s) => s.question !== null && s.question.frames.length > 0);

    // Wait for the last (clean) frame, then answer with the digit key the AI's bars favour.
    await expect.poll(() => student.getByTestId('frame-label').textContent(), { timeout: 30_000 }).toBe('Frame 12 of 12');
    await expect.poll(() => student.locator('.bar.is-top').count(), { timeout: 30_000 }).toBe(1);
    await screenshot(host, 'host-reveal-question');
    const digit = (await student.locator('.bar.is-top').getAttribute('data-digit'))!;
    await student.locator('body').press(digit);
    // The only player answered, so the question closes at once: the verdict is in the state and the reveal.
    await waitForState(student, (s) => !!s.question?.mine);

    // The reveal: the answer and the AI's belief frame by frame.
    await host.getByTestId('belief-chart').waitFor({ timeout: 30_000 });
    await screenshot(host, 'host-reveal-answer');
    await student.getByTestId('my-result').waitFor();
    expect(await student.getByTestId('my-result').textContent()).toMatch(/[✓✗]/);
    await screenshot(student, 'student-reveal');

    // End early with E, confirmed in a dialog.
    await host.locator('body').press('e');
    await host.getByTestId('confirm-yes').click();
    await host.getByTestId('podium').waitFor({ timeout: 30_000 });
    await student.getByTestId('podium').waitFor({ timeout: 30_000 });
    expect(await student.getByTestId('podium-name').allTextContents()).toEqual(['Grace']);
    await screenshot(host, 'host-podium-early');
  });
});
