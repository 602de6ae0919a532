/**
 * Finds faces and their eye centres with @vladmandic/face-api: the SSD MobileNet v1 detector, then the
 * 68-point landmark net on each face. Its weights ship inside the npm package (`model/`) and are read
 * from disk, so importing works offline.
 *
 * Why the `face-api.node-wasm.js` bundle: it is the one Node build that needs neither tfjs-node (which
 * cannot be installed here) nor a canvas. It `require`s `@tensorflow/tfjs` and `-backend-wasm`, which
 * resolve to the project's own 4.22.0 packages (one tfjs-core, one engine), so the project's wasm setup
 * (`initTfNodeBackend`) is the backend it runs on. Pictures go in as tensors, never as image elements.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { initTfNodeBackend } from '../../../server/ml/tf-node-backend.js';
import type { EyePair, Point } from './align-face.js';
import { FACE_RULES } from './choose-face.js';
import { shrinkToFit, warpAffine } from './resample.js';
import type { RgbImage } from './rgb-image.js';

type FaceApi = typeof import('@vladmandic/face-api/dist/face-api.node-wasm.js');

export interface DetectedFace {
  /** The detector's confidence, 0-1. */
  score: number;
  /** In the picture's pixels. */
  box: { x: number; y: number; width: number; height: number };
  /** Eye centres (mean of each eye's six landmarks), in the picture's pixels. */
  eyes: EyePair;
}

/** What the importer needs from a detector; tests can hand it a fake. */
export interface FaceFinder {
  /** Every face scoring at least `minScore`, best first. */
  findFaces(picture: RgbImage, minScore: number): Promise<DetectedFace[]>;
}

/**
 * The detector sees large pictures shrunk so the longer side is this: SSD resizes its input to 512 x 512
 * anyway, and a face filling a third of it is still ~200 px across for the landmark net's 112 x 112 input.
 */
const DETECTION_SIDE = 640;
/**
 * SSD misses faces that fill the whole picture (a 64 px GAN face is cropped to the chin), but finds them
 * framed by a margin of repeated edge pixels, a quarter of the longer side each way. The margin costs
 * resolution, and on photos it can lower a clear face's score, so it is a second look, taken only when
 * the first finds no clear face; the look whose best face scores higher wins.
 */
const MARGIN = 0.25;

const require = createRequire(import.meta.url);
const FACE_API_BUNDLE = '@vladmandic/face-api/dist/face-api.node-wasm.js';

let loaded: Promise<FaceApi> | undefined;

/** Loads face-api and its two nets once per process (~0.5 s). */
function loadFaceApi(): Promise<FaceApi> {
  loaded ??= (async () => {
    await initTfNodeBackend();
    const faceapi = require(FACE_API_BUNDLE) as FaceApi;
    // face-api's tensors must be the project's tfjs-core tensors, else it would run on a second engine.
    const probe = faceapi.tf.scalar(0);
    const shared = probe instanceof tf.Tensor;
    probe.dispose();
    if (!shared) throw new Error('face-api loaded a second copy of @tensorflow/tfjs-core: check `npm ls @tensorflow/tfjs-core`');
    const modelDir = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
    await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
    await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
    return faceapi;
  })();
  return loaded;
}

function centre(points: { x: number; y: number }[]): Point {
  const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const y = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  return { x, y };
}

/** What the detector is shown, and how its coordinates go back to the picture's: x = u / scaleX - offset. */
interface Framing {
  image: RgbImage;
  scaleX: number;
  scaleY: number;
  offset: number;
}

/** The picture itself, area-shrunk if larger than DETECTION_SIDE (face-api enlarges small ones itself). */
function plainFraming(picture: RgbImage): Framing {
  return { ...shrinkToFit(picture, DETECTION_SIDE), offset: 0 };
}

/** The picture inside a margin of repeated edge pixels, the whole scaled to DETECTION_SIDE. */
function framedWithMargin(picture: RgbImage): Framing {
  const longer = Math.max(picture.width, picture.height);
  const offset = MARGIN * longer;
  const scale = DETECTION_SIDE / (longer + 2 * offset);
  const width = Math.round((picture.width + 2 * offset) * scale);
  const height = Math.round((picture.height + 2 * offset) * scale);
  const image = warpAffine(picture, { a: 1 / scale, b: 0, c: -offset, d: 0, e: 1 / scale, f: -offset }, width, height);
  return { image, scaleX: scale, scaleY: scale, offset };
}

async function detect(faceapi: FaceApi, { image, scaleX, scaleY, offset }: Framing, minScore: number): Promise<DetectedFace[]> {
  const toPicture = (p: { x: number; y: number }): Point => ({ x: p.x / scaleX - offset, y: p.y / scaleY - offset });
  const input = faceapi.tf.tensor3d(image.rgb, [image.height, image.width, 3], 'int32');
  try {
    const options = new faceapi.SsdMobilenetv1Options({ minConfidence: minScore, maxResults: 20 });
    const found = await faceapi.detectAllFaces(input, options).withFaceLandmarks();
    return found
      .map(({ detection, landmarks }) => ({
        score: detection.score,
        box: { ...toPicture(detection.box), width: detection.box.width / scaleX, height: detection.box.height / scaleY },
        // Landmarks 36-41 are the eye on the image's left (the subject's right), 42-47 the other.
        eyes: { left: toPicture(centre(landmarks.getLeftEye())), right: toPicture(centre(landmarks.getRightEye())) },
      }))
      .sort((a, b) => b.score - a.score);
  } finally {
    input.dispose();
  }
}

export async function loadFaceDetector(): Promise<FaceFinder> {
  const faceapi = await loadFaceApi();
  return {
    async findFaces(picture, minScore) {
      const first = await detect(faceapi, plainFraming(picture), minScore);
      if ((first[0]?.score ?? 0) >= FACE_RULES.clearScore) return first;
      const framed = await detect(faceapi, framedWithMargin(picture), minScore);
      return (framed[0]?.score ?? 0) > (first[0]?.score ?? 0) ? framed : first;
    },
  };
}
