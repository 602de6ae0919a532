import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, PNG_SIGNATURE } from '../../../tools/lib/png.js';
import { parseColour, renderSketchGrid } from '../../../tools/lib/sketch-grid.js';

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

/** Splits a PNG file into its chunks, checking each CRC. */
function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length));
    out.push({ type, data, crcOk });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes signature, IHDR, IDAT and IEND whose pixels inflate back to the image', () => {
    const width = 3;
    const height = 2;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const png = encodePng({ width, height, rgba });

    expect(png.subarray(0, 8)).toEqual(Buffer.from(PNG_SIGNATURE));
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]).toEqual([width, height]);
    expect([...ihdr.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);

    const raw = inflateSync(parts[1]!.data);
    expect(raw.length).toBe(height * (1 + width * 4));
    for (let y = 0; y < height; y++) {
      const row = raw.subarray(y * (1 + width * 4), (y + 1) * (1 + width * 4));
      expect(row[0]).toBe(0);
      expect([...row.subarray(1)]).toEqual([...rgba.subarray(y * width * 4, (y + 1) * width * 4)]);
    }
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng({ width: 2, height: 2, rgba: new Uint8Array(15) })).toThrow(/16 bytes/);
  });
});

describe('renderSketchGrid', () => {
  const pixel = (image: { width: number; rgba: Uint8Array }, x: number, y: number) => [...image.rgba.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];

  it('lays cells out in rows and columns on a white background', () => {
    const line = { drawing: [[[0, 0], [255, 255]]] as [number, number][][] };
    const image = renderSketchGrid([[line, line, line], [line]], 40);
    expect([image.width, image.height, image.rgba.length]).toEqual([120, 80, 120 * 80 * 4]);
    // The missing cell at row 2, column 2 stays blank.
    expect(pixel(image, 100, 60)).toEqual([255, 255, 255, 255]);
  });

  it('colours strokes by the given list or function, cycling the list', () => {
    // Two horizontal strokes, the first across the top, the second across the bottom of the cell.
    const drawing: [number, number][][] = [[[0, 0], [100, 0]], [[0, 100], [100, 100]]];
    const byList = renderSketchGrid([[{ drawing, colours: ['#ff0000'] }]], 50);
    const byFunction = renderSketchGrid([[{ drawing, colours: (i) => (i === 0 ? '#000' : '#0000ff') }]], 50);
    // Padding is 8% of 50 = 4 px, so the strokes run along rows 4 and 46 (pen 2 px wide).
    const inked = (image: typeof byList, y: number) => pixel(image, 25, y);
    expect(inked(byList, 4)).toEqual([255, 0, 0, 255]);
    expect(inked(byList, 45)).toEqual([255, 0, 0, 255]);
    expect(inked(byFunction, 4)).toEqual([0, 0, 0, 255]);
    expect(inked(byFunction, 45)).toEqual([0, 0, 255, 255]);
  });

  it('draws captions in a band above the drawing', () => {
    const image = renderSketchGrid([[{ drawing: [[[0, 0], [10, 10]]], caption: 'CAT 12' }]], 60);
    const captionInk = Array.from({ length: 60 * 6 }, (_, i) => pixel(image, i % 60, 1 + Math.floor(i / 60))).filter(([r]) => r! < 200);
    expect(captionInk.length).toBeGreaterThan(10);
  });

  it('parses #rgb and #rrggbb and rejects anything else', () => {
    expect(parseColour('#d62728')).toEqual([214, 39, 40]);
    expect(parseColour('#f00')).toEqual([255, 0, 0]);
    expect(() => parseColour('red')).toThrow(/#rgb/);
  });
});
