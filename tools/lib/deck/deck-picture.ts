/**
 * One input file to one deck picture: decode, find the one face, align it by the eyes, encode with the
 * deck encoder. Real and generated inputs both come through here, so nothing about their processing can
 * tell them apart in the game.
 */
import { encodeDeckPng } from '../../../server/decks/deck-png.js';
import { alignFace } from './align-face.js';
import { chooseFace, FACE_RULES } from './choose-face.js';
import { decodePhoto } from './decode-photo.js';
import type { FaceFinder } from './face-detector.js';

export type DeckPictureResult = { ok: true; png: Buffer; pixels: Uint8Array } | { ok: false; reason: string };

export async function makeDeckPicture(bytes: Uint8Array, side: number, finder: FaceFinder): Promise<DeckPictureResult> {
  let photo;
  try {
    photo = decodePhoto(bytes);
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  let faces;
  try {
    faces = await finder.findFaces(photo, FACE_RULES.minScore);
  } catch (err) {
    // One picture the detector chokes on (an extreme aspect ratio, say) should not end the whole import.
    return { ok: false, reason: `face detector failed (${err instanceof Error ? err.message : String(err)})` };
  }
  const choice = chooseFace(faces, photo, side);
  if (!choice.ok) return choice;
  const face = alignFace(photo, choice.eyes, side);
  return { ok: true, png: encodeDeckPng({ side, channels: 3, pixels: face.rgb }), pixels: face.rgb };
}
