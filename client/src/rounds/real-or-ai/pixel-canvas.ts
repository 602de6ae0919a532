/**
 * One of the round's pictures on a <canvas> of exactly side x side, one canvas pixel per image pixel; CSS
 * scales it to the layout. Digits scale nearest-neighbour (the pixels the GAN drew stay visible, as in Digit
 * Race), faces smoothly (a photograph should look like one, not like a mosaic).
 */
import type { RealOrAiQuestionView } from '../../../../shared/game/rounds/real-or-ai/schemas';
import { h } from '../../ui/dom';
import { base64ToRgba } from './pixels';

export function pixelCanvas(view: Pick<RealOrAiQuestionView, 'side' | 'channels' | 'subject'>, base64: string, label: string, testid: string): HTMLCanvasElement {
  const canvas = h('canvas', {
    className: `roa-image ${view.subject === 'digits' ? 'is-pixelated' : 'is-smooth'}`,
    width: view.side,
    height: view.side,
    role: 'img',
    'aria-label': label,
    'data-testid': testid,
  });
  const ctx = canvas.getContext('2d');
  if (ctx) ctx.putImageData(new ImageData(base64ToRgba(base64, view.side, view.channels), view.side, view.side), 0, 0);
  return canvas;
}
