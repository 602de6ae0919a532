/**
 * Arrow-key movement in the vote gallery, a grid that reflows with the screen width. Pure: the view
 * measures how many thumbnails fit on a row and asks where a key goes.
 */

/** Where `key` moves the focus from `index` in a grid of `count` items `columns` wide; null if it is not a move key. */
export function galleryMove(index: number, key: string, count: number, columns: number): number | null {
  if (count <= 0) return null;
  const cols = Math.max(1, columns);
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  const moves: Record<string, () => number> = {
    ArrowRight: () => clamp(index + 1),
    ArrowLeft: () => clamp(index - 1),
    // Up and down keep the column; past the first or last row the focus stays put.
    ArrowDown: () => (index + cols < count ? index + cols : index),
    ArrowUp: () => (index - cols >= 0 ? index - cols : index),
    Home: () => 0,
    End: () => count - 1,
  };
  const move = moves[key];
  return move ? move() : null;
}

/** Columns of a wrapped grid, from its items' top offsets in order: how many share the first row's top. */
export function columnsFromTops(tops: readonly number[]): number {
  const first = tops[0];
  if (first === undefined) return 1;
  let n = 0;
  while (n < tops.length && Math.abs(tops[n]! - first) < 2) n++;
  return Math.max(1, n);
}
