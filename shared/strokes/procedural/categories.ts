/**
 * The sketch categories the game prompts for and the sketch models are trained on. The order is part of
 * the models' contract (class index = position here), so append new categories; never reorder.
 * Ids match Quick, Draw! words where they exist (its "smiley face" is our 'smiley').
 */
export const SKETCH_CATEGORIES = [
  'circle',
  'square',
  'triangle',
  'star',
  'house',
  'sun',
  'smiley',
  'cat',
  'fish',
  'flower',
  'tree',
  'car',
  'cloud',
  'heart',
  'umbrella',
] as const;

export type SketchCategory = (typeof SKETCH_CATEGORIES)[number];

/** What a player is asked to draw. 'cat' is only the face, since that is what people draw for "cat". */
export const SKETCH_CATEGORY_NAMES: Record<SketchCategory, { en: string; ko: string }> = {
  circle: { en: 'circle', ko: '동그라미' },
  square: { en: 'square', ko: '네모' },
  triangle: { en: 'triangle', ko: '세모' },
  star: { en: 'star', ko: '별' },
  house: { en: 'house', ko: '집' },
  sun: { en: 'sun', ko: '해' },
  smiley: { en: 'smiley face', ko: '웃는 얼굴' },
  cat: { en: 'cat face', ko: '고양이 얼굴' },
  fish: { en: 'fish', ko: '물고기' },
  flower: { en: 'flower', ko: '꽃' },
  tree: { en: 'tree', ko: '나무' },
  car: { en: 'car', ko: '자동차' },
  cloud: { en: 'cloud', ko: '구름' },
  heart: { en: 'heart', ko: '하트' },
  umbrella: { en: 'umbrella', ko: '우산' },
};

export function isSketchCategory(word: string): word is SketchCategory {
  return (SKETCH_CATEGORIES as readonly string[]).includes(word);
}
