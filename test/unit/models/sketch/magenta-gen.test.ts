/**
 * Reading Magenta's .gen.json format: a round trip through the file format, the gate reordering, and one
 * clear message per kind of broken file.
 */
import { describe, expect, it } from 'vitest';
import { canonicalLstmFromMagenta, decodeGenJson, encodeGenJson, MAGENTA_FORGET_BIAS } from '../../../../shared/models/sketch/magenta-gen.js';
import { TINY_HIDDEN, TINY_MIXTURES, tinyMagentaParts } from './magenta-fixture.js';

/** A fresh parsed file to break one piece of (JSON round trip, as a file on disk would be). */
const tinyFile = (): unknown[] => JSON.parse(JSON.stringify(encodeGenJson(tinyMagentaParts(1)))) as unknown[];
type File = [Record<string, unknown>, number[][], unknown[]];

describe('decodeGenJson', () => {
  it('reads what encodeGenJson writes: info, sizes, and on-grid weights bit for bit', () => {
    const parts = tinyMagentaParts(1);
    const decoder = decodeGenJson(JSON.parse(JSON.stringify(encodeGenJson(parts))));
    expect(decoder).toMatchObject({ name: 'tiny', categories: ['tiny'], conditional: false, scaleFactor: 42.5, maxSeqLen: 50 });
    const w = decoder.weights;
    expect([w.inputSize, w.hiddenSize, w.mixtures]).toEqual([5, TINY_HIDDEN, TINY_MIXTURES]);
    expect(w.outputKernel).toEqual(parts.outputKernel);
    expect(w.outputBias).toEqual(parts.outputBias);
    const lstm = canonicalLstmFromMagenta(TINY_HIDDEN, 5, parts);
    expect(w.inputKernel).toEqual(lstm.inputKernel);
    expect(w.recurrentKernel).toEqual(lstm.recurrentKernel);
    expect(w.bias).toEqual(lstm.bias);
  });

  it('keeps arbitrary weights within half an int16 step (10 / 32767 / 2)', () => {
    const parts = tinyMagentaParts(2, { onGrid: false, scale: 9.9 });
    const decoded = decodeGenJson(encodeGenJson(parts)).weights;
    const worst = Math.max(...Array.from(parts.outputKernel, (v, i) => Math.abs(v - decoded.outputKernel[i]!)));
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(10 / 32767 / 2 + 1e-6);
  });

  it('reorders gate blocks i, j, f, o to i, f, g, o and folds the forget bias 1.0 in', () => {
    const h = 2;
    // Each block's values say where they came from: 10 + block for the bias, 20 + block for the kernels.
    const block = (base: number, rows: number) => Float32Array.from({ length: rows * 4 * h }, (_, k) => base + Math.floor((k % (4 * h)) / h));
    const lstm = canonicalLstmFromMagenta(h, 1, { inputKernel: block(20, 1), recurrentKernel: block(20, h), bias: block(10, 1) });
    const [i, j, f, o] = [0, 1, 2, 3];
    expect(Array.from(lstm.bias)).toEqual([10 + i, 10 + i, 10 + f + MAGENTA_FORGET_BIAS, 10 + f + MAGENTA_FORGET_BIAS, 10 + j, 10 + j, 10 + o, 10 + o]);
    expect(Array.from(lstm.inputKernel)).toEqual([20 + i, 20 + i, 20 + f, 20 + f, 20 + j, 20 + j, 20 + o, 20 + o]);
    expect(Array.from(lstm.recurrentKernel.subarray(4 * h))).toEqual([20 + i, 20 + i, 20 + f, 20 + f, 20 + j, 20 + j, 20 + o, 20 + o]);
  });

  it('accepts mode "gen" as sketch-rnn-js does', () => {
    const file = tinyFile() as File;
    file[0].mode = 'gen';
    expect(decodeGenJson(file).name).toBe('tiny');
  });

  it('reads the project\'s class-conditional variant: info.categories and 5 + categories input rows', () => {
    const base = tinyMagentaParts(5);
    const inputKernel = Float32Array.from({ length: 7 * 4 * TINY_HIDDEN }, (_, k) => ((k % 13) - 6) / 10);
    const decoder = decodeGenJson(encodeGenJson({ ...base, categories: ['cat', 'dog'], inputKernel }));
    expect(decoder).toMatchObject({ name: 'tiny', categories: ['cat', 'dog'], conditional: true });
    expect(decoder.weights.inputSize).toBe(7);
    const file = JSON.parse(JSON.stringify(encodeGenJson({ ...base, categories: ['cat', 'dog'], inputKernel }))) as File;
    file[0].categories = ['cat', 'cat'];
    expect(() => decodeGenJson(file)).toThrow(/info\.categories must be a list of distinct non-empty names/);
  });

  const corruptions: [string, (file: File) => unknown, RegExp][] = [
    ['not an array', () => ({ info: {} }), /expected a JSON array \[info, shapes, weights\], got object/],
    ['an array of 2', (f) => f.slice(0, 2), /got an array of 2/],
    ['info not an object', (f) => [null, f[1], f[2]], /info \(element 0\) is not an object/],
    ['a VAE (unknown mode)', (f) => ((f[0].mode = 0), f), /unknown mode 0: only decoder-only models/],
    ['no name', (f) => (delete f[0].name, f), /info\.name is missing or empty/],
    ['max_seq_len not a positive integer', (f) => ((f[0].max_seq_len = 2.5), f), /info\.max_seq_len must be a positive integer, got 2\.5/],
    ['non-finite scale factor', (f) => ((f[0].scale_factor = Infinity), f), /info\.scale_factor must be a positive finite number/],
    ['scale factor not a number', (f) => ((f[0].scale_factor = '86.8'), f), /info\.scale_factor must be a positive finite number, got "86\.8"/],
    ['four shapes', (f) => ((f[1] = f[1].slice(0, 4)), f), /shapes \(element 1\) must be 5 lists of positive integers/],
    ['output size not 3 + 6M', (f) => ((f[1][0] = [TINY_HIDDEN, 100]), (f[1][1] = [100]), f), /output size 100 is not 3 \+ 6 x mixtures/],
    ['shapes mismatch', (f) => ((f[1][3] = [TINY_HIDDEN, 31]), f), /shapes mismatch: LSTM recurrent kernel is \[8,31\], expected \[8,32\]/],
    ['conditional input size', (f) => ((f[1][2] = [6, 4 * TINY_HIDDEN]), f), /shapes mismatch: LSTM input kernel is \[6,32\], expected \[5,32\]/],
    ['four weight strings', (f) => ((f[2] = f[2].slice(0, 4)), f), /weights \(element 2\) must be 5 base64 strings, got 4/],
    ['a weight that is not a string', (f) => ((f[2][1] = [1, 2]), f), /weights\[1\] \(output bias\) is not a base64 string/],
    ['a truncated base64 string', (f) => ((f[2][3] = (f[2][3] as string).slice(0, -8)), f), /weights\[3\] \(LSTM recurrent kernel\): base64 length \d+, expected \d+/],
    ['a non-base64 character', (f) => ((f[2][4] = `!${(f[2][4] as string).slice(1)}`), f), /weights\[4\] \(LSTM bias\): not valid base64/],
  ];
  it.each(corruptions)('refuses %s with a message naming the problem', (_, corrupt, message) => {
    expect(() => decodeGenJson(corrupt(tinyFile() as File))).toThrow(message);
  });
});

describe('encodeGenJson', () => {
  it('writes the published layout: shapes [[H,O],[O],[5,4H],[H,4H],[4H]], base64 int16, mode 2, version 6', () => {
    const [info, shapes, weights] = encodeGenJson(tinyMagentaParts(3)) as [unknown, unknown, string[]];
    expect(info).toEqual({ mode: 2, version: 6, max_seq_len: 50, name: 'tiny', scale_factor: 42.5 });
    expect(shapes).toEqual([[8, 123], [123], [5, 32], [8, 32], [32]]);
    expect(weights.map((s) => s.length)).toEqual([8 * 123, 123, 5 * 32, 8 * 32, 32].map((n) => 4 * Math.ceil((2 * n) / 3)));
  });

  it('refuses weights the format cannot store', () => {
    const parts = { ...tinyMagentaParts(4), outputBias: new Float32Array(123).fill(10.5) };
    expect(() => encodeGenJson(parts)).toThrow(/output bias\[0\] = 10\.5 is outside the storable range ±10/);
  });
});
