/**
 * "Real or AI?" on a deck imported from real photographs, the way a teacher makes one: `deck import` (face
 * detection and alignment with face-api, the same code as `npm run deck`) on photos of the Face Research Lab
 * London Set, with the AI side drawn by the project's committed London GAN. Then a player on a phone plays a
 * question and the projector's reveal credits the photographers' data set.
 *
 * The photographs are never in the repository: this test uses ../shared/data/faces_london where this
 * machine has it, copies a few into a temp folder, and skips, saying so, where it does not.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDeck } from '../../tools/lib/deck/import-deck';
import type { AppState } from '../../client/src/state/app-state';
import { openPage, PHONE, screenshot } from './support/browser';
import { hostNewRoom, useClassroom } from './support/classroom';
import { startGameServer } from './support/game-server';
import { waitForState } from './support/state';

const LONDON = resolve('../shared/data/faces_london/neutral_front');
const HAS_LONDON = existsSync(LONDON);
const SKIP_NOTE = HAS_LONDON ? '' : ' (skipped: ../shared/data/faces_london is not beside the repository)';
const CITATION = 'DeBruine, L., & Jones, B. (2017). Face Research Lab London Set (Version 5). figshare. https://doi.org/10.6084/m9.figshare.5047666.v5';

const room = useClassroom();

describe('Real or AI? on an imported face deck', () => {
  it.skipIf(!HAS_LONDON)(`imports London photos, plays a question on a phone, and credits the set at the reveal${SKIP_NOTE}`, async () => {
    const work = await mkdtemp(join(tmpdir(), 'neural-arcade-e2e-london-'));
    try {
      const photos = join(work, 'photos');
      await mkdir(photos);
      for (const file of (await readdir(LONDON)).filter((f) => f.endsWith('.jpg')).sort().slice(0, 6)) await copyFile(join(LONDON, file), join(photos, file));
      const decksDir = join(work, 'decks');
      const imported = await importDeck({ decksDir, name: 'london', real: photos, license: 'CC BY 4.0', attribution: CITATION, title: { en: 'Face Research Lab London Set', ko: 'Face Research Lab 런던 얼굴 세트' } });
      expect(imported.real).toBe(6);
      // The committed London GAN filled the AI side at every difficulty level.
      expect(imported.generated).toBeGreaterThan(0);

      const server = await startGameServer({ decksDir });
      try {
        const { host, code } = await hostNewRoom({ server, browser: room.browser }, 'ko-KR');
        await host.getByTestId('round1-kind').selectOption('real-or-ai');
        await host.getByTestId('round1-deck').waitFor({ timeout: 15_000 });
        expect(await host.getByTestId('round1-deck').inputValue()).toBe('london');
        expect(await host.getByTestId('round1-deck-credits').textContent()).toContain('DeBruine');
        if (await host.getByTestId('round2-remove').count()) await host.getByTestId('round2-remove').click();
        await host.getByTestId('round1-questions').fill('1');
        await host.getByTestId('round1-questions').press('Tab');
        await waitForState(host, (s) => s.view?.playlist.length === 1 && s.view.playlist[0]!.kind === 'real-or-ai' && s.view.playlist[0]!.config.questions === 1);

        const phone = await openPage(room.browser, 'london-phone', { ...PHONE, locale: 'en-US' });
        await phone.goto(`${server.url}/?room=${code}`);
        await phone.getByTestId('nickname-input').fill('Jiho');
        await phone.getByTestId('join-submit').tap();
        await expect.poll(() => host.getByTestId('player-count').textContent()).toBe('참가자: 1명');
        await host.getByTestId('host-start').click();

        await waitForState(phone, (s) => s.question?.view.kind === 'real-or-ai' && s.view?.phase === 'question');
        const view = (await phone.evaluate(() => (window as unknown as { neuralArcade: { store: { state: AppState } } }).neuralArcade.store.state)).question!.view;
        expect(view).toMatchObject({ kind: 'real-or-ai', subject: 'faces', side: 64, channels: 3 });
        const screen = phone.locator(`[data-question-id]`).last();
        await screen.getByTestId('roa-pair').waitFor();
        expect(await screen.getByTestId('roa-credits').textContent()).toContain('DeBruine');
        await screenshot(phone, 'roa-london-phone-question');
        await screen.getByTestId('roa-pick-right').tap();

        await host.getByTestId('roa-real').waitFor({ timeout: 30_000 });
        const credits = (await host.getByTestId('roa-credits').textContent()) ?? '';
        expect(credits).toContain('DeBruine');
        expect(credits).toMatch(/\d{3}_03\.jpg/);
        expect((await host.getByTestId('roa-tip').allTextContents()).length).toBeGreaterThanOrEqual(1);
        await screenshot(host, 'roa-london-host-reveal');
      } finally {
        await server.stop();
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
