/** 28x28 images travel as base64 of one byte per pixel: compact, and the same in Node and the browser. */
export const MNIST_PIXELS = 28 * 28;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeImage(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

export function decodeImage(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error(`not base64: ${ch}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 255;
    }
  }
  return out;
}

/** Bytes (0..255) to model input floats (0..1). */
export function toUnitFloats(bytes: Uint8Array): Float32Array {
  return Float32Array.from(bytes, (b) => b / 255);
}

export function fromUnitFloats(values: ArrayLike<number>): Uint8Array {
  return Uint8Array.from({ length: values.length }, (_, i) =>
    Math.round(Math.min(1, Math.max(0, values[i] ?? 0)) * 255),
  );
}
