/**
 * 28x28 grayscale images on a <canvas> with one canvas pixel per image pixel; CSS scales it up with
 * `image-rendering: pixelated` (nearest neighbour), so students see exactly the pixels the model sees.
 */
import { decodeImage, MNIST_PIXELS } from '../../../../shared/game/rounds/digits/image-codec';
import { h } from '../../ui/dom';

const SIDE = 28;

export function mnistCanvas(className: string, label: string, testid?: string): HTMLCanvasElement {
  return h('canvas', { className: `mnist ${className}`, width: SIDE, height: SIDE, role: 'img', 'aria-label': label, 'data-testid': testid });
}

/** @param image base64 bytes (wire format), bytes 0..255, or floats 0..1 */
export function paintMnist(canvas: HTMLCanvasElement, image: string | Uint8Array | Float32Array | null): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const data = ctx.createImageData(SIDE, SIDE);
  const pixels = image === null ? new Uint8Array(MNIST_PIXELS) : typeof image === 'string' ? decodeImage(image) : image;
  const scale = pixels instanceof Float32Array ? 255 : 1;
  for (let i = 0; i < MNIST_PIXELS; i++) {
    const v = Math.round(Math.min(255, Math.max(0, (pixels[i] ?? 0) * scale)));
    data.data[i * 4] = v;
    data.data[i * 4 + 1] = v;
    data.data[i * 4 + 2] = v;
    data.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(data, 0, 0);
}
