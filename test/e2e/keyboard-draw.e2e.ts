/**
 * A student without a pointer: joins with the keyboard, draws on the pad with the arrow keys and Space,
 * switches language (the drawing survives), submits with Enter and gets the server's verdict.
 */
import { describe, expect, it } from 'vitest';
import { LAPTOP, openPage, screenshot } from './support/browser';
import { hostNewRoom, useClassroom } from './support/classroom';
import { waitForState } from './support/state';

const room = useClassroom();

describe('keyboard-only drawing', () => {
  it('draws a stroke with arrows and Space, and submits it with Enter', async () => {
    const { host, code } = await hostNewRoom(room);
    await host.getByTestId('round1-variant').selectOption({ label: 'Draw race' });
    await host.getByTestId('round1-timer').selectOption({ label: 'No limit' });
    await host.getByTestId('round2-remove').click();
    await waitForState(host, (s) => s.view?.playlist.length === 1 && s.view.playlist[0]!.config.timerSec === null);

    const student = await openPage(room.browser, 'keyboard', { ...LAPTOP, locale: 'en-US' });
    await student.goto(room.server.url);
    await student.getByTestId('room-code-input').focus();
    await student.keyboard.type(code);
    await student.keyboard.press('Enter');
    await student.getByTestId('nickname-input').waitFor();
    await student.keyboard.type('Kim');
    await student.keyboard.press('Enter');
    await student.getByTestId('player-lobby-title').waitFor();

    await host.getByTestId('host-start').click();
    await host.getByTestId('intro-card').waitFor({ timeout: 60_000 });
    await host.keyboard.press('n'); // the host's "next" shortcut: timers are off
    const pad = student.getByTestId('draw-pad');
    await pad.waitFor({ timeout: 30_000 });
    await pad.focus();
    // A vertical bar, like a "1": up to the top, pen down, all the way down, pen up.
    for (let i = 0; i < 4; i++) await student.keyboard.press('Shift+ArrowUp');
    await student.keyboard.press('Space');
    for (let i = 0; i < 8; i++) await student.keyboard.press('Shift+ArrowDown');
    await student.keyboard.press('Space');
    const drawn = await student.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(drawn).toBe('draw-pad');
    await screenshot(student, 'keyboard-drawing');
    // Switching language redraws the screen; the half-finished drawing must survive it.
    await student.getByTestId('lang-ko').click();
    await expect.poll(() => student.getByTestId('draw-prompt').textContent()).toContain('그려 보세요');
    await student.getByTestId('draw-pad').focus();
    await student.keyboard.press('Enter');
    await waitForState(student, (s) => (s.question?.mine?.attempts ?? 0) === 1);
    const mine = await student.evaluate(() => {
      const q = (window as unknown as { neuralArcade: { store: { state: { question: { mine: { correct: boolean; last: { judgement: { guess: number } } } } } } } })
        .neuralArcade.store.state.question;
      return q.mine;
    });
    // The server saw the stroke: a thin vertical bar, which the CNN reads as a 1.
    expect(mine.last.judgement.guess).toBe(1);
    // Unless 1 was the prompt (then the only player is done and the reveal follows), the student sees
    // what the AI saw and may try again.
    await student.getByTestId(mine.correct ? 'reveal-answer' : 'judgement-image').waitFor();
    await screenshot(student, 'keyboard-judged');
  });
});
