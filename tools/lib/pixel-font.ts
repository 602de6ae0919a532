/**
 * A 3x5 pixel font for short captions on tool images (category names, scores): enough to label a preview
 * grid without a font file. Letters are drawn upper-case; characters it lacks show as a small box.
 */

/** Each glyph: five rows of three pixels, '#' = ink. */
const GLYPHS: Record<string, string> = {
  A: '.#. #.# ### #.# #.#', B: '##. #.# ##. #.# ##.', C: '.## #.. #.. #.. .##', D: '##. #.# #.# #.# ##.',
  E: '### #.. ##. #.. ###', F: '### #.. ##. #.. #..', G: '.## #.. #.# #.# .##', H: '#.# #.# ### #.# #.#',
  I: '### .#. .#. .#. ###', J: '..# ..# ..# #.# .#.', K: '#.# #.# ##. #.# #.#', L: '#.. #.. #.. #.. ###',
  M: '#.# ### ### #.# #.#', N: '##. #.# #.# #.# #.#', O: '.#. #.# #.# #.# .#.', P: '##. #.# ##. #.. #..',
  Q: '.#. #.# #.# ##. .##', R: '##. #.# ##. #.# #.#', S: '.## #.. .#. ..# ##.', T: '### .#. .#. .#. .#.',
  U: '#.# #.# #.# #.# ###', V: '#.# #.# #.# #.# .#.', W: '#.# #.# ### ### #.#', X: '#.# #.# .#. #.# #.#',
  Y: '#.# #.# .#. .#. .#.', Z: '### ..# .#. #.. ###',
  '0': '### #.# #.# #.# ###', '1': '.#. ##. .#. .#. ###', '2': '##. ..# .#. #.. ###', '3': '##. ..# .#. ..# ##.',
  '4': '#.# #.# ### ..# ..#', '5': '### #.. ##. ..# ##.', '6': '.## #.. ### #.# ###', '7': '### ..# .#. .#. .#.',
  '8': '### #.# ### #.# ###', '9': '### #.# ### ..# ##.',
  ' ': '... ... ... ... ...', '.': '... ... ... ... .#.', ',': '... ... ... .#. #..', ':': '... .#. ... .#. ...',
  '-': '... ... ### ... ...', '+': '... .#. ### .#. ...', '=': '... ### ... ### ...', '_': '... ... ... ... ###',
  '/': '..# ..# .#. #.. #..', '%': '#.# ..# .#. #.. #.#', '(': '.#. #.. #.. #.. .#.', ')': '.#. ..# ..# ..# .#.',
  '#': '#.# ### #.# ### #.#', '?': '##. ..# .#. ... .#.', '!': '.#. .#. .#. ... .#.', "'": '.#. .#. ... ... ...',
};
const UNKNOWN = '### #.# #.# #.# ###';

export const GLYPH_WIDTH = 3;
export const GLYPH_HEIGHT = 5;

/** Ink pixels of `text` at `scale`, with one blank column between characters, as [x, y] from its top-left. */
export function textPixels(text: string, scale = 1): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  [...text.toUpperCase()].forEach((ch, i) => {
    const rows = (GLYPHS[ch] ?? UNKNOWN).split(' ');
    rows.forEach((row, gy) => {
      [...row].forEach((cell, gx) => {
        if (cell !== '#') return;
        for (let sy = 0; sy < scale; sy++) {
          for (let sx = 0; sx < scale; sx++) out.push([(i * (GLYPH_WIDTH + 1) + gx) * scale + sx, gy * scale + sy]);
        }
      });
    });
  });
  return out;
}

export function textWidth(text: string, scale = 1): number {
  return [...text].length * (GLYPH_WIDTH + 1) * scale;
}
