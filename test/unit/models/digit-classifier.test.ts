/**
 * The worker-thread classifier: real worker with the committed weights, plus a fake worker that crashes
 * on demand to check that failures reject requests instead of hanging.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { argMax } from '../../../shared/models/digits/classify.js';
import { createWorkerDigitClassifier, type DigitClassifier } from '../../../server/ml/digit-classifier.js';
import { heldOutDigit } from '../../../server/ml/mnist-split.js';

const FAKE_WORKER = new URL('./fake-digit-worker.ts', import.meta.url);
const blank = () => new Float32Array(784);
const poison = () => Float32Array.from({ length: 784 }, (_, i) => (i === 0 ? -1 : 0));

let classifier: DigitClassifier | undefined;
afterEach(async () => {
  await classifier?.close();
  classifier = undefined;
});

describe('worker digit classifier (real model)', () => {
  it('classifies held-out digits correctly, one by one and batched', async () => {
    classifier = await createWorkerDigitClassifier();
    expect(classifier.ready).toBe(true);
    const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(heldOutDigit);
    const [single] = await classifier.classify([digits[3]!.x]);
    expect(single).toHaveLength(10);
    expect(single!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(argMax(single!)).toBe(3);
    // Concurrent requests are batched into model calls, and each gets its own answers back.
    const answers = await Promise.all(digits.map((d) => classifier!.classify([d.x, d.x])));
    answers.forEach((rows, label) => {
      expect(rows).toHaveLength(2);
      rows.forEach((row) => expect(argMax(row)).toBe(label));
    });
    expect(await classifier.classify([])).toEqual([]);
  });
});

describe('worker digit classifier (fake worker)', () => {
  it('rejects malformed inputs', async () => {
    classifier = await createWorkerDigitClassifier({ workerUrl: FAKE_WORKER });
    await expect(classifier.classify([new Float32Array(10)])).rejects.toThrow('INVALID_INPUT');
  });

  it('refuses work beyond the pending cap with OVERLOADED', async () => {
    classifier = await createWorkerDigitClassifier({ workerUrl: FAKE_WORKER, maxPending: 5 });
    const accepted = classifier.classify([blank(), blank(), blank()]);
    await expect(classifier.classify([blank(), blank(), blank()])).rejects.toThrow('OVERLOADED');
    expect(await accepted).toHaveLength(3);
    // Capacity frees up once answered.
    expect(await classifier.classify([blank(), blank(), blank()])).toHaveLength(3);
  });

  it('rejects the in-flight batch when the worker dies, restarts it, and serves the rest', async () => {
    classifier = await createWorkerDigitClassifier({ workerUrl: FAKE_WORKER, maxBatch: 1 });
    const doomed = classifier.classify([poison()]);
    const queued = classifier.classify([blank()]);
    await expect(doomed).rejects.toThrow('WORKER_CRASHED');
    expect(await queued).toEqual([new Array(10).fill(0.1).map((v) => Math.fround(v))]);
    expect(classifier.ready).toBe(true);
  });

  it('gives up after repeated crashes and rejects instead of hanging', async () => {
    classifier = await createWorkerDigitClassifier({ workerUrl: FAKE_WORKER, maxBatch: 1, maxRestarts: 1 });
    await expect(classifier.classify([poison()])).rejects.toThrow('WORKER_CRASHED');
    await expect(classifier.classify([poison()])).rejects.toThrow('WORKER_CRASHED');
    await expect(classifier.classify([blank()])).rejects.toThrow('CLASSIFIER_UNAVAILABLE');
    expect(classifier.ready).toBe(false);
  });

  it('fails to start when the weights are missing', async () => {
    await expect(createWorkerDigitClassifier({ modelDir: '/nonexistent/digits' })).rejects.toThrow(/model/);
  });

  it('rejects pending and later requests once closed', async () => {
    const c = await createWorkerDigitClassifier({ workerUrl: FAKE_WORKER });
    await c.close();
    await expect(c.classify([blank()])).rejects.toThrow('CLASSIFIER_CLOSED');
  });
});
