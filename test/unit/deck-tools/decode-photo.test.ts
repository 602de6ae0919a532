/** Input decoding: JPEG and PNG by content, alpha flattened, EXIF orientation honoured, junk refused by name. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodePhoto } from '../../../tools/lib/deck/decode-photo';
import { applyExifOrientation, readExifOrientation } from '../../../tools/lib/deck/exif-orientation';
import type { RgbImage } from '../../../tools/lib/deck/rgb-image';
import { jpegOf, pngOf } from './synthetic-pictures';

/** 3 x 2 picture whose pixels are numbered 1..6 in the red channel, row by row. */
const numbered: RgbImage = { width: 3, height: 2, rgb: Uint8Array.from([1, 0, 0, 2, 0, 0, 3, 0, 0, 4, 0, 0, 5, 0, 0, 6, 0, 0]) };
const reds = (image: RgbImage) => Array.from({ length: image.width * image.height }, (_, i) => image.rgb[i * 3]);

/** A TIFF header with one IFD entry: Orientation = value. */
function exifWithOrientation(value: number, littleEndian: boolean, strayZero: boolean): Uint8Array {
  const tiff = new DataView(new ArrayBuffer(8 + 2 + 12 + 4));
  tiff.setUint16(0, littleEndian ? 0x4949 : 0x4d4d);
  tiff.setUint16(2, 42, littleEndian);
  tiff.setUint32(4, 8, littleEndian);
  tiff.setUint16(8, 1, littleEndian);
  tiff.setUint16(10, 0x0112, littleEndian);
  tiff.setUint16(12, 3, littleEndian); // SHORT
  tiff.setUint32(14, 1, littleEndian);
  tiff.setUint16(18, value, littleEndian);
  const bytes = new Uint8Array(tiff.buffer);
  return strayZero ? Uint8Array.from([0, ...bytes]) : bytes;
}

describe('decodePhoto', () => {
  it('decodes a PNG and a JPEG to RGB of the right size', () => {
    const picture: RgbImage = { width: 16, height: 8, rgb: new Uint8Array(16 * 8 * 3).fill(90) };
    const fromPng = decodePhoto(pngOf(picture));
    expect(fromPng).toEqual(picture);
    const fromJpeg = decodePhoto(jpegOf(picture));
    expect([fromJpeg.width, fromJpeg.height, fromJpeg.rgb.length]).toEqual([16, 8, 16 * 8 * 3]);
    for (const v of fromJpeg.rgb) expect(Math.abs(v - 90)).toBeLessThanOrEqual(2);
  });

  it('flattens a transparent PNG onto grey', () => {
    const png = new PNG({ width: 2, height: 1 });
    png.data.set([255, 0, 0, 255, 255, 255, 255, 0]);
    const decoded = decodePhoto(new Uint8Array(PNG.sync.write(png)));
    expect(Array.from(decoded.rgb)).toEqual([255, 0, 0, 128, 128, 128]);
  });

  it('refuses what is not a picture, saying why', () => {
    expect(() => decodePhoto(new TextEncoder().encode('hello, not a photo'))).toThrow('not a JPEG or PNG file');
    expect(() => decodePhoto(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2]))).toThrow(/cannot decode JPEG/);
    const png = pngOf({ width: 4, height: 4, rgb: new Uint8Array(48) });
    expect(() => decodePhoto(png.subarray(0, png.length - 20))).toThrow(/cannot decode PNG/);
  });
});

describe('EXIF orientation', () => {
  it.each([
    [1, 3, 2, [1, 2, 3, 4, 5, 6]],
    [2, 3, 2, [3, 2, 1, 6, 5, 4]],
    [3, 3, 2, [6, 5, 4, 3, 2, 1]],
    [4, 3, 2, [4, 5, 6, 1, 2, 3]],
    [5, 2, 3, [1, 4, 2, 5, 3, 6]],
    [6, 2, 3, [4, 1, 5, 2, 6, 3]],
    [7, 2, 3, [6, 3, 5, 2, 4, 1]],
    [8, 2, 3, [3, 6, 2, 5, 1, 4]],
  ])('orientation %i shows the stored pixels %ix%i as %j', (orientation, width, height, expected) => {
    const shown = applyExifOrientation(numbered, orientation);
    expect([shown.width, shown.height]).toEqual([width, height]);
    expect(reds(shown)).toEqual(expected);
  });

  it('reads the tag in either byte order, with or without the stray zero jpeg-js leaves', () => {
    expect(readExifOrientation(exifWithOrientation(6, true, false))).toBe(6);
    expect(readExifOrientation(exifWithOrientation(8, false, true))).toBe(8);
    expect(readExifOrientation(undefined)).toBe(1);
    expect(readExifOrientation(Uint8Array.from([1, 2, 3]))).toBe(1);
    expect(readExifOrientation(exifWithOrientation(42, true, false))).toBe(1);
  });
});
