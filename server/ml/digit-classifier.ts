/**
 * The server's digit classifier: one worker thread running the wasm model, fed through a bounded queue.
 *
 * Why a worker: wasm inference is synchronous; on the main thread it would stall every socket.
 * Why a queue with a cap: bursts (a class submitting at once) are batched into one model call, and a flood
 * is refused early with OVERLOADED instead of growing memory and latency without bound.
 * If the worker dies or stalls, its in-flight requests are rejected and a new worker is started; queued
 * requests wait for it. After repeated failures the classifier rejects everything. It never hangs.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DIGIT_CLASSES, DIGIT_PIXELS } from '../../shared/models/digits/model.js';
import type { DigitWorkerData, FromDigitWorker, ToDigitWorker } from './digit-worker-protocol.js';
import { tsWorkerBootstrap } from './ts-worker.js';

export interface DigitClassifier {
  /** Probabilities (10 numbers summing to ~1) for each 28x28 input (784 floats, row-major, 0..1). */
  classify(inputs: Float32Array[]): Promise<number[][]>;
  readonly ready: boolean; // weights loaded
  close(): Promise<void>;
}

export interface DigitClassifierOptions {
  /** Folder with model.json + weights.bin. Default: the committed assets/models/digits/. */
  modelDir?: string;
  /** Inputs waiting or in flight beyond which classify() rejects with Error('OVERLOADED'). Default 1000. */
  maxPending?: number;
  /** Most inputs per model call. Default 64. */
  maxBatch?: number;
  /** A model call taking longer than this is treated as a hung worker. Default 10 s. */
  batchTimeoutMs?: number;
  /** Worker deaths (or failed starts) in a row, with no batch answered in between, after which the classifier gives up. Default 3. */
  maxRestarts?: number;
  /** The worker script (TypeScript, run through tsx). Default ./digit-worker.ts; tests swap in fakes. */
  workerUrl?: URL;
}

/** Error messages callers can switch on. */
export const DigitClassifierErrors = {
  overloaded: 'OVERLOADED',
  invalidInput: 'INVALID_INPUT',
  workerCrashed: 'WORKER_CRASHED',
  unavailable: 'CLASSIFIER_UNAVAILABLE',
  closed: 'CLASSIFIER_CLOSED',
} as const;

export const DEFAULT_DIGIT_MODEL_DIR = fileURLToPath(new URL('../../assets/models/digits/', import.meta.url));

const DEFAULT_WORKER_URL = new URL('./digit-worker.ts', import.meta.url);
interface PendingRequest {
  inputs: Float32Array[];
  resolve: (probabilities: number[][]) => void;
  reject: (error: Error) => void;
}

interface Batch {
  id: number;
  requests: PendingRequest[];
  timer: NodeJS.Timeout;
}

class WorkerDigitClassifier implements DigitClassifier {
  private worker: Worker | null = null;
  private workerReady = false;
  private state: 'running' | 'failed' | 'closed' = 'running';
  private readonly queue: PendingRequest[] = [];
  private inFlight: Batch | null = null;
  private pendingInputs = 0;
  private nextBatchId = 1;
  private consecutiveFailures = 0;
  private onFirstStart: { resolve: () => void; reject: (e: Error) => void } | null = null;

  constructor(private readonly options: Required<DigitClassifierOptions>) {}

  get ready(): boolean {
    return this.workerReady && this.state === 'running';
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.onFirstStart = { resolve, reject };
      this.spawn();
    });
  }

  classify(inputs: Float32Array[]): Promise<number[][]> {
    if (this.state === 'closed') return Promise.reject(new Error(DigitClassifierErrors.closed));
    if (this.state === 'failed') return Promise.reject(new Error(DigitClassifierErrors.unavailable));
    if (inputs.some((x) => !(x instanceof Float32Array) || x.length !== DIGIT_PIXELS)) {
      return Promise.reject(new Error(DigitClassifierErrors.invalidInput));
    }
    if (inputs.length === 0) return Promise.resolve([]);
    if (this.pendingInputs + inputs.length > this.options.maxPending) {
      return Promise.reject(new Error(DigitClassifierErrors.overloaded));
    }
    this.pendingInputs += inputs.length;
    return new Promise((resolve, reject) => {
      this.queue.push({ inputs, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.failAll(new Error(DigitClassifierErrors.closed));
    const worker = this.worker;
    this.worker = null;
    this.workerReady = false;
    if (worker) await worker.terminate();
  }

  private spawn(): void {
    const workerData: DigitWorkerData = { modelDir: this.options.modelDir };
    const worker = new Worker(tsWorkerBootstrap(this.options.workerUrl), { eval: true, workerData });
    this.worker = worker;
    worker.on('message', (message: FromDigitWorker) => this.onMessage(worker, message));
    worker.on('error', (error) => this.onWorkerDown(worker, error));
    worker.on('exit', (code) => this.onWorkerDown(worker, new Error(`digit worker exited with code ${code}`)));
  }

  private onMessage(worker: Worker, message: FromDigitWorker): void {
    if (worker !== this.worker) return;
    switch (message.type) {
      case 'ready':
        this.workerReady = true;
        this.onFirstStart?.resolve();
        this.onFirstStart = null;
        this.pump();
        this.updateRef();
        return;
      case 'init-error':
        void worker.terminate(); // 'exit' then restarts or gives up
        this.onWorkerDown(worker, new Error(`digit worker failed to load the model: ${message.message}`));
        return;
      case 'result':
        this.consecutiveFailures = 0; // a worker that answers is healthy, however often it was restarted
        this.finishBatch(message.id, (requests) => {
          let offset = 0;
          for (const request of requests) {
            const rows = request.inputs.map((_, i) =>
              Array.from(message.probabilities.subarray((offset + i) * DIGIT_CLASSES, (offset + i + 1) * DIGIT_CLASSES)),
            );
            offset += request.inputs.length;
            request.resolve(rows);
          }
        });
        return;
      case 'classify-error':
        this.finishBatch(message.id, (requests) => {
          for (const request of requests) request.reject(new Error(message.message));
        });
        return;
    }
  }

  private finishBatch(id: number, settle: (requests: PendingRequest[]) => void): void {
    const batch = this.inFlight;
    if (!batch || batch.id !== id) return;
    clearTimeout(batch.timer);
    this.inFlight = null;
    this.pendingInputs -= batch.requests.reduce((n, r) => n + r.inputs.length, 0);
    settle(batch.requests);
    this.pump();
    this.updateRef();
  }

  /**
   * Only a busy or starting worker keeps the process alive: an idle classifier must not stop a tool from
   * exiting, but an owed answer (or a start being awaited) must not be lost to an exiting process.
   */
  private updateRef(): void {
    if (!this.worker) return;
    if (!this.workerReady || this.inFlight || this.queue.length > 0) this.worker.ref();
    else this.worker.unref();
  }

  /** Sends the next batch when the worker is ready and idle: whole requests, up to maxBatch inputs. */
  private pump(): void {
    if (this.state !== 'running' || !this.workerReady || !this.worker || this.inFlight || this.queue.length === 0) return;
    const requests: PendingRequest[] = [this.queue.shift()!];
    let count = requests[0]!.inputs.length;
    while (this.queue.length > 0 && count + this.queue[0]!.inputs.length <= this.options.maxBatch) {
      const next = this.queue.shift()!;
      requests.push(next);
      count += next.inputs.length;
    }
    const inputs = new Float32Array(count * DIGIT_PIXELS);
    let offset = 0;
    for (const request of requests) {
      for (const image of request.inputs) inputs.set(image, offset++ * DIGIT_PIXELS);
    }
    const id = this.nextBatchId++;
    const worker = this.worker;
    const timer = setTimeout(() => void worker.terminate(), this.options.batchTimeoutMs);
    timer.unref();
    this.inFlight = { id, requests, timer };
    this.updateRef();
    const message: ToDigitWorker = { type: 'classify', id, count, inputs };
    worker.postMessage(message, [inputs.buffer as ArrayBuffer]);
  }

  private onWorkerDown(worker: Worker, error: Error): void {
    if (worker !== this.worker || this.state !== 'running') return;
    this.worker = null;
    this.workerReady = false;
    const batch = this.inFlight;
    if (batch) {
      // Not retried: the batch itself may be what killed the worker.
      clearTimeout(batch.timer);
      this.inFlight = null;
      this.pendingInputs -= batch.requests.reduce((n, r) => n + r.inputs.length, 0);
      for (const request of batch.requests) request.reject(new Error(DigitClassifierErrors.workerCrashed));
    }
    this.consecutiveFailures++;
    if (this.onFirstStart || this.consecutiveFailures > this.options.maxRestarts) {
      this.state = 'failed';
      this.failAll(new Error(DigitClassifierErrors.unavailable));
      this.onFirstStart?.reject(error);
      this.onFirstStart = null;
      return;
    }
    this.spawn();
  }

  private failAll(error: Error): void {
    if (this.inFlight) {
      clearTimeout(this.inFlight.timer);
      for (const request of this.inFlight.requests) request.reject(error);
      this.inFlight = null;
    }
    for (const request of this.queue.splice(0)) request.reject(error);
    this.pendingInputs = 0;
  }
}

/** Starts the worker and resolves once the weights are loaded (rejects if they cannot be). */
export async function createWorkerDigitClassifier(opts: DigitClassifierOptions = {}): Promise<DigitClassifier> {
  const classifier = new WorkerDigitClassifier({
    modelDir: opts.modelDir ?? DEFAULT_DIGIT_MODEL_DIR,
    maxPending: opts.maxPending ?? 1000,
    maxBatch: opts.maxBatch ?? 64,
    batchTimeoutMs: opts.batchTimeoutMs ?? 10_000,
    maxRestarts: opts.maxRestarts ?? 3,
    workerUrl: opts.workerUrl ?? DEFAULT_WORKER_URL,
  });
  await classifier.start();
  return classifier;
}
