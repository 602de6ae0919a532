/**
 * The one PNG encoding every deck image has: 8-bit grayscale or RGB, no interlace, filter 0 on every row,
 * zlib level 9, and only the IHDR, IDAT and IEND chunks. Real and generated images both pass through
 * `encodeDeckPng`, so the files differ only in their pixels.
 *
 * `decodeDeckPng` reads only that encoding and refuses anything else by name (a palette image, 16-bit
 * depth, metadata chunks such as tEXt or eXIf): a deck file that did not come from our encoder is a
 * corrupt deck. Spec: https://www.w3.org/TR/png/.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { crc32, PNG_SIGNATURE, pngChunk } from './png-chunks.js';

export interface DeckPixels {
  side: number;
  /** 1 = grayscale, 3 = RGB. */
  channels: 1 | 3;
  /** side * side * channels bytes, row-major, interleaved. */
  pixels: Uint8Array;
}

const COLOUR_TYPE = { 1: 0, 3: 2 } as const;
/** deck-schema.ts allows sides up to 256. */
const MAX_SIDE = 256;

export function encodeDeckPng({ side, channels, pixels }: DeckPixels): Buffer {
  if (!Number.isInteger(side) || side <= 0) throw new Error(`encodeDeckPng: bad side ${side}`);
  if (pixels.length !== side * side * channels) throw new Error(`encodeDeckPng: expected ${side * side * channels} bytes, got ${pixels.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8;
  header[9] = COLOUR_TYPE[channels];
  const stride = side * channels;
  const raw = Buffer.alloc((stride + 1) * side);
  for (let y = 0; y < side; y++) raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', new Uint8Array(0))]);
}

/** Decodes a deck PNG, or throws an Error whose message says what is wrong with it. */
export function decodeDeckPng(bytes: Uint8Array): DeckPixels {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < PNG_SIGNATURE.length || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  let offset = 8;
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < buf.length && !ended) {
    if (offset + 12 > buf.length) throw new Error('PNG is truncated');
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    if (offset + 12 + length > buf.length) throw new Error('PNG is truncated');
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (buf.readUInt32BE(offset + 8 + length) !== crc32(buf.subarray(offset + 4, offset + 8 + length))) throw new Error(`PNG chunk ${type} has a bad checksum`);
    offset += 12 + length;
    if (type === 'IHDR') header = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    else throw new Error(`PNG has a ${type} chunk; deck images carry no metadata (re-import the deck)`);
  }
  if (!header || header.length !== 13) throw new Error('PNG has no header');
  if (!ended) throw new Error('PNG is truncated (no IEND)');
  if (offset !== buf.length) throw new Error('PNG has bytes after IEND');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colourType, compression, filterMethod, interlace] = [header[8], header[9], header[10], header[11], header[12]];
  if (width !== height) throw new Error(`PNG is ${width}x${height}, not square`);
  if (depth !== 8) throw new Error(`PNG has bit depth ${depth}, expected 8`);
  const channels = colourType === 0 ? 1 : colourType === 2 ? 3 : undefined;
  if (channels === undefined) throw new Error(`PNG colour type ${colourType} is not grayscale or RGB`);
  if (compression !== 0 || filterMethod !== 0 || interlace !== 0) throw new Error('PNG is interlaced or uses an unknown method');
  if (width > MAX_SIDE) throw new Error(`PNG is ${width}x${height}, larger than any deck image (${MAX_SIDE})`);
  const stride = width * channels;
  let raw: Buffer;
  try {
    // Bounded: a small file that inflates to gigabytes (a zip bomb) stops at the size the header promises.
    raw = inflateSync(Buffer.concat(idat), { maxOutputLength: (stride + 1) * height });
  } catch {
    throw new Error('PNG image data is corrupt (or larger than its header says)');
  }
  if (raw.length !== (stride + 1) * height) throw new Error('PNG image data has the wrong length');
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    if (filter !== 0) throw new Error(`PNG row ${y} uses filter ${filter}; deck images use filter 0`);
    pixels.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { side: width, channels, pixels };
}
