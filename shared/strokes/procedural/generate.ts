/**
 * Procedural Quick, Draw!-like doodles: one generator per category (a handler table), then the whole
 * drawing is skewed a little and put through quickDrawSimplify, so it has exactly the form of a Quick, Draw!
 * "simplified" drawing (integers 0..255, top-left aligned, RDP with epsilon 2) and a model trained on these
 * can later be fine-tuned on, or evaluated against, the real data without any conversion.
 *
 * Pure and browser-safe: the game can also draw a sample doodle for a prompt.
 */
import { mulberry32 } from '../../game/random.js';
import { quickDrawSimplify } from '../simplify.js';
import type { Drawing } from '../types.js';
import { drawCircle, drawHeart, drawSquare, drawStar, drawTriangle } from './basic-shapes.js';
import { drawCar } from './car.js';
import type { SketchCategory } from './categories.js';
import { drawCat, drawSmiley } from './faces.js';
import { drawFish } from './fish.js';
import { createHand, skewDrawing, type Hand, type Random } from './hand.js';
import { drawHouse } from './house.js';
import { drawCloud, drawFlower, drawSun, drawTree } from './nature.js';
import { drawUmbrella } from './umbrella.js';

/** Draws one sketch of its category in a ~100-unit frame, y down, strokes in drawing order. */
export type SketchGenerator = (hand: Hand) => Drawing;

export const SKETCH_GENERATORS: Record<SketchCategory, SketchGenerator> = {
  circle: drawCircle,
  square: drawSquare,
  triangle: drawTriangle,
  star: drawStar,
  house: drawHouse,
  sun: drawSun,
  smiley: drawSmiley,
  cat: drawCat,
  fish: drawFish,
  flower: drawFlower,
  tree: drawTree,
  car: drawCar,
  cloud: drawCloud,
  heart: drawHeart,
  umbrella: drawUmbrella,
};

export function generateSketch(category: SketchCategory, random: Random): Drawing {
  const drawing = SKETCH_GENERATORS[category](createHand(random));
  return quickDrawSimplify(skewDrawing(drawing, random));
}

export function generateSketchForSeed(category: SketchCategory, seed: number): Drawing {
  return generateSketch(category, mulberry32(seed));
}

/**
 * The seed of the index-th sketch of a category in a data set made with `baseSeed`: a hash, so each sketch
 * can be regenerated on its own (for a preview, or to inspect one bad sample) without the ones before it.
 */
export function sketchSeed(baseSeed: number, category: SketchCategory, index: number): number {
  let h = Math.imul(baseSeed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  for (let i = 0; i < category.length; i++) h = Math.imul(h ^ category.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ index, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
