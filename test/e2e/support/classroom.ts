/**
 * What every browser test starts with: a real game server and headless Chromium for the whole file, and a
 * teacher who opens a room on the projector.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage, PROJECTOR } from './browser';
import { startGameServer, type GameServerOptions } from './game-server';

export interface Classroom {
  server: Awaited<ReturnType<typeof startGameServer>>;
  browser: Browser;
}

/** Registers the file's setup and teardown; the returned object is filled in before the first test. */
export function useClassroom(options: GameServerOptions = {}): Classroom {
  const room = {} as Classroom;
  beforeAll(async () => {
    room.server = await startGameServer(options);
    room.browser = await launchBrowser();
  });
  afterAll(async () => {
    await room.browser?.close();
    await room.server?.stop();
  });
  return room;
}

/** The teacher opens the game on the projector and creates a room. */
export async function hostNewRoom(room: Classroom, locale = 'en-US'): Promise<{ host: Page; code: string }> {
  const host = await openPage(room.browser, 'host', { ...PROJECTOR, locale });
  await host.goto(room.server.url);
  await host.getByTestId('host-create').click();
  const code = (await host.getByTestId('room-code').textContent())!.trim();
  return { host, code };
}
