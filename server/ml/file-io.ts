/**
 * Save and load tfjs layers models as files in the standard format (model.json + one weights .bin), the
 * same files a browser loads with tf.loadLayersModel('/models/digits/model.json') over HTTP.
 *
 * Why our own: model.save('file://...') and tf.io.fileSystem only exist in @tensorflow/tfjs-node,
 * which cannot be installed here.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';

export const MODEL_JSON = 'model.json';
export const WEIGHTS_BIN = 'weights.bin';

/**
 * How weights are stored. 'float32' is exact; 'float16' halves the file (error ~1e-3 relative);
 * 'uint8' quarters it with per-tensor affine quantization (tfjs' own `quantization` manifest field,
 * which every tfjs loader dequantizes).
 */
export type WeightEncoding = 'float32' | 'float16' | 'uint8';

export interface FileSaveOptions {
  encoding?: WeightEncoding;
  /** Written into model.json's `generatedBy`. */
  generatedBy?: string;
}

/** model.save(fileSaveHandler(dir)) writes dir/model.json and dir/weights.bin (atomically, via renames). */
export function fileSaveHandler(dir: string, options: FileSaveOptions = {}): tf.io.IOHandler {
  return tf.io.withSaveHandler(async (artifacts) => {
    if (artifacts.weightSpecs == null || artifacts.weightData == null) throw new Error('model has no weights to save');
    const flat = tf.io.CompositeArrayBuffer.join(artifacts.weightData);
    const { specs, data } = encodeWeights(artifacts.weightSpecs, flat, options.encoding ?? 'float32');
    const modelJson = {
      modelTopology: artifacts.modelTopology,
      format: artifacts.format ?? 'layers-model',
      generatedBy: options.generatedBy ?? artifacts.generatedBy,
      convertedBy: artifacts.convertedBy ?? null,
      weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: specs }],
      ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
    };
    await mkdir(dir, { recursive: true });
    await writeAtomically(join(dir, WEIGHTS_BIN), new Uint8Array(data));
    await writeAtomically(join(dir, MODEL_JSON), JSON.stringify(modelJson));
    return {
      modelArtifactsInfo: {
        dateSaved: new Date(),
        modelTopologyType: 'JSON',
        modelTopologyBytes: JSON.stringify(artifacts.modelTopology).length,
        weightSpecsBytes: JSON.stringify(specs).length,
        weightDataBytes: data.byteLength,
      },
    };
  });
}

/** tf.loadLayersModel(fileLoadHandler(dir)) reads dir/model.json and the weight files it lists. */
export function fileLoadHandler(dir: string): tf.io.IOHandler {
  const jsonPath = join(dir, MODEL_JSON);
  return {
    load: async () => {
      const modelJson = JSON.parse(await readFile(jsonPath, 'utf8')) as tf.io.ModelJSON;
      return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
        const specs = manifest.flatMap((group) => group.weights);
        const buffers: ArrayBuffer[] = [];
        for (const group of manifest) {
          for (const path of group.paths) {
            const bytes = await readFile(join(dirname(jsonPath), path));
            buffers.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
          }
        }
        return [specs, tf.io.concatenateArrayBuffers(buffers)];
      });
    },
  };
}

/** Write to a temporary file, then rename: a reader (or a run killed mid-write) never sees half a file. */
export async function writeAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, contents);
  await rename(tmp, path);
}

function encodeWeights(
  specs: tf.io.WeightsManifestEntry[],
  data: ArrayBuffer,
  encoding: WeightEncoding,
): { specs: tf.io.WeightsManifestEntry[]; data: ArrayBuffer } {
  if (encoding === 'float32') return { specs, data };
  const outSpecs: tf.io.WeightsManifestEntry[] = [];
  const parts: ArrayBuffer[] = [];
  let offset = 0;
  for (const spec of specs) {
    if (spec.dtype !== 'float32' || spec.quantization) throw new Error(`cannot re-encode weight ${spec.name}`);
    const count = spec.shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(data, offset, count);
    offset += count * 4;
    if (encoding === 'float16') {
      parts.push(toFloat16(values).buffer as ArrayBuffer);
      outSpecs.push({ ...spec, quantization: { dtype: 'float16' } });
    } else {
      const { bytes, min, scale } = toUint8(values);
      parts.push(bytes.buffer as ArrayBuffer);
      outSpecs.push({ ...spec, quantization: { dtype: 'uint8', min, scale } });
    }
  }
  return { specs: outSpecs, data: tf.io.concatenateArrayBuffers(parts) };
}

/** Affine uint8: value ~= q * scale + min (what tfjs' decodeWeights computes). */
function toUint8(values: Float32Array): { bytes: Uint8Array; min: number; scale: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  // Keep 0 exactly representable, so zero biases and padding stay zero.
  min = Math.min(min, 0);
  max = Math.max(max, 0);
  const scale = max > min ? (max - min) / 255 : 1;
  const zero = Math.round(-min / scale);
  min = -zero * scale;
  const bytes = new Uint8Array(values.length);
  values.forEach((v, i) => (bytes[i] = Math.max(0, Math.min(255, Math.round((v - min) / scale)))));
  return { bytes, min, scale };
}

/** IEEE 754 half precision, round to nearest (weights are far from the float16 range limits). */
function toFloat16(values: Float32Array): Uint16Array {
  const out = new Uint16Array(values.length);
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  values.forEach((v, i) => {
    f32[0] = v;
    const x = u32[0]!;
    const sign = (x >>> 16) & 0x8000;
    const exp = ((x >>> 23) & 0xff) - 127 + 15;
    const mant = x & 0x7fffff;
    if (exp <= 0) {
      // Subnormal or zero in half precision.
      out[i] = exp < -10 ? sign : sign | ((mant | 0x800000) >>> (14 - exp));
    } else if (exp >= 31) {
      out[i] = sign | 0x7c00;
    } else {
      out[i] = sign | (exp << 10) | (mant >>> 13);
      if (mant & 0x1000) out[i]! += 1; // round half up on the dropped bits
    }
  });
  return out;
}
