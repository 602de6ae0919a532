/**
 * The host's classroom controls in real browsers: locking the room (a late student is told why, in their
 * language), kicking a player (who is told, and whose seat is gone), and a student switching language
 * mid-lobby. Keyboard only for the late student. Screenshots go to test-results/e2e/.
 */
import { describe, expect, it } from 'vitest';
import { LAPTOP, openPage, PHONE, screenshot } from './support/browser';
import { hostNewRoom, useClassroom } from './support/classroom';

const room = useClassroom();

describe('host controls', () => {
  it('locks the room, kicks a player, and a player switches language', async () => {
    const { host, code } = await hostNewRoom(room);

    const phone = await openPage(room.browser, 'phone', { ...PHONE, locale: 'ko-KR' });
    await phone.goto(`${room.server.url}/?room=${code}`);
    await phone.getByTestId('nickname-input').fill('서연');
    await phone.getByTestId('join-submit').tap();
    await expect.poll(() => phone.getByTestId('player-lobby-title').textContent()).toContain('서연');

    const laptop = await openPage(room.browser, 'laptop', { ...LAPTOP, locale: 'en-US' });
    await laptop.goto(`${room.server.url}/?room=${code}`);
    await laptop.getByTestId('nickname-input').fill('Ada');
    await laptop.getByTestId('nickname-input').press('Enter');
    await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('Players: 2');

    // The phone switches to English and back: every string follows.
    await phone.getByTestId('lang-en').tap();
    await expect.poll(() => phone.getByTestId('player-lobby-title').textContent()).toMatch(/You're in, 서연!/);
    await phone.getByTestId('lang-ko').tap();
    await expect.poll(() => phone.getByTestId('player-lobby-title').textContent()).toContain('입장 완료');

    // Lock: a late student, typing the code with the keyboard, is told the room is locked, in Korean.
    await host.getByTestId('host-lock').click();
    await expect.poll(() => host.getByTestId('host-lock').textContent()).toContain('Unlock room');
    const late = await openPage(room.browser, 'late', { ...LAPTOP, locale: 'ko-KR' });
    await late.goto(room.server.url);
    await late.getByTestId('room-code-input').fill(code.toLowerCase());
    await late.keyboard.press('Enter');
    await late.getByTestId('nickname-input').fill('지각생');
    await late.keyboard.press('Enter');
    await expect.poll(() => late.getByTestId('nickname-error').textContent()).toContain('방이 잠겨 있어요');
    await screenshot(late, 'late-locked-ko');

    // Kick: confirm, the student is told, and the host sees one player.
    await host.getByTestId('kick-Ada').click();
    await host.getByTestId('confirm-yes').click();
    await laptop.getByTestId('closed-kicked').waitFor();
    expect(await laptop.getByTestId('closed-kicked').textContent()).toContain('You were removed from the room.');
    await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('Players: 1');
    await screenshot(host, 'host-after-kick');
    // A reload does not bring the kicked student back into the room.
    await laptop.reload();
    await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('Players: 1');
    expect(await laptop.getByTestId('player-lobby-title').count()).toBe(0);

    // Unlock: the late student gets in.
    await host.getByTestId('host-lock').click();
    await late.getByTestId('join-submit').click();
    await expect.poll(() => late.getByTestId('player-lobby-title').textContent()).toContain('지각생');
    await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('Players: 2');
  });
});
