/**
 * Drawing a digit on the pad like a person would: pointer down, a path of moves, pointer up, per stroke.
 * The shapes come from tools/lib/sample-digit-strokes.ts (draw space 0..256), the same strokes the bots
 * use and that a unit test proves the committed model reads; here they are mapped to the pad's pixels.
 * Mouse for desktops; real touch events (CDP) for phones, so touch-action and pointer capture are exercised.
 */
import type { Page } from 'playwright-core';
import { DRAW_SPACE, type Drawing } from '../../../shared/strokes/types';
import { sampleDigitStrokes } from '../../../tools/lib/sample-digit-strokes';

async function padToPage(page: Page, drawing: Drawing): Promise<[number, number][][]> {
  const box = await page.getByTestId('draw-pad').boundingBox();
  if (!box) throw new Error('draw pad not visible');
  return drawing.map((stroke) =>
    stroke.map(([x, y]) => [box.x + (x / DRAW_SPACE) * box.width, box.y + (y / DRAW_SPACE) * box.height] as [number, number]),
  );
}

export async function drawWithMouse(page: Page, drawing: Drawing): Promise<void> {
  for (const stroke of await padToPage(page, drawing)) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    await page.mouse.move(first[0], first[1]);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(x, y, { steps: 2 });
    await page.mouse.up();
  }
}

export async function drawWithTouch(page: Page, drawing: Drawing): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number, y?: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y: y!, id: 1 }] });
  for (const stroke of await padToPage(page, drawing)) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    await touch('touchStart', first[0], first[1]);
    for (const [x, y] of rest) await touch('touchMove', x, y);
    await touch('touchEnd');
  }
  await cdp.detach();
}

export function digitDrawing(digit: number, attempt: number): Drawing {
  // A steady hand first; later attempts add a little jitter so a retry is not the very same drawing.
  return sampleDigitStrokes(digit, attempt === 0 ? 0 : 2, attempt + 1);
}
