/**
 * The server's Sketch Duet models: one worker thread (sketch-worker.ts) that finishes openings and
 * classifies finished duets. Requests queue in the worker's message port and run one at a time; each
 * completion streams its strokes back as they are drawn.
 *
 * Like the digit classifier it never hangs: a request that takes too long terminates the worker, a dead
 * worker rejects what it owed and is restarted, and after repeated failures everything is refused.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Drawing, Stroke } from '../../shared/strokes/types.js';
import { defaultSketchModelsDir } from './magenta-models.js';
import type { CompleteRequest, FromSketchWorker, SketchModelInfo, SketchWorkerData, ToSketchWorker } from './sketch-worker-protocol.js';
import { tsWorkerBootstrap } from './ts-worker.js';

export interface SketchModels {
  /** Loaded and answering; false while restarting a worker or after giving up on it. */
  readonly ready: boolean;
  /** Decoders that can draw, the built-in one first. */
  readonly models: readonly SketchModelInfo[];
  /** What the classifier can recognise, in its output order. */
  readonly classifierCategories: readonly string[];
  /** Downloaded model files that could not be used, with why. */
  readonly problems: readonly string[];
  complete(request: CompleteRequest, onStroke?: (stroke: Stroke) => void): Promise<Drawing>;
  classify(drawings: Drawing[]): Promise<number[][]>;
  close(): Promise<void>;
}

export interface SketchModelsOptions {
  modelDir?: string;
  magentaDir?: string;
  /** Requests waiting or running beyond which new ones reject with Error('OVERLOADED'). Default 500. */
  maxPending?: number;
  /** A request running longer than this is treated as a hung worker. Default 10 s. */
  requestTimeoutMs?: number;
  /** Worker deaths in a row after which everything is refused. Default 3. */
  maxRestarts?: number;
}

export const DEFAULT_SKETCH_MODEL_DIR = fileURLToPath(new URL('../../assets/models/sketch/', import.meta.url));
const WORKER_URL = new URL('./sketch-worker.ts', import.meta.url);

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onStroke?: (stroke: Stroke) => void;
}

type Ready = Extract<FromSketchWorker, { type: 'ready' }>;

class WorkerSketchModels implements SketchModels {
  private worker: Worker | null = null;
  private info: Ready | null = null;
  private state: 'running' | 'failed' | 'closed' = 'running';
  private readonly pending = new Map<number, Pending>();
  /** Request ids in the order the worker will answer them: the head is the one running. */
  private readonly order: number[] = [];
  private nextId = 1;
  private failures = 0;
  private watchdog: NodeJS.Timeout | null = null;
  /** The request the watchdog is timing: it restarts only when the head of the queue changes. */
  private watching: number | null = null;
  private starting: { resolve: () => void; reject: (e: Error) => void } | null = null;

  constructor(private readonly options: Required<SketchModelsOptions>) {}

  get ready(): boolean {
    return this.state === 'running' && this.info !== null;
  }

  get models(): readonly SketchModelInfo[] {
    return this.info?.models ?? [];
  }

  get classifierCategories(): readonly string[] {
    return this.info?.classifierCategories ?? [];
  }

  get problems(): readonly string[] {
    return this.info?.problems ?? [];
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.starting = { resolve, reject };
      this.spawn();
    });
  }

  complete(request: CompleteRequest, onStroke?: (stroke: Stroke) => void): Promise<Drawing> {
    return this.request((id) => ({ type: 'complete', id, ...request }), onStroke);
  }

  classify(drawings: Drawing[]): Promise<number[][]> {
    if (drawings.length === 0) return Promise.resolve([]);
    return this.request((id) => ({ type: 'classify', id, drawings }));
  }

  async close(): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.rejectAll(new Error('SKETCH_MODELS_CLOSED'));
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private request<T>(message: (id: number) => ToSketchWorker, onStroke?: (stroke: Stroke) => void): Promise<T> {
    if (this.state !== 'running') return Promise.reject(new Error(this.state === 'closed' ? 'SKETCH_MODELS_CLOSED' : 'SKETCH_MODELS_UNAVAILABLE'));
    if (this.pending.size >= this.options.maxPending) return Promise.reject(new Error('OVERLOADED'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject, ...(onStroke ? { onStroke } : {}) });
      this.order.push(id);
      // Posted at once even before the worker is ready: the port buffers until the worker listens.
      this.worker?.postMessage(message(id));
      this.armWatchdog();
      this.worker?.ref();
    });
  }

  private spawn(): void {
    const workerData: SketchWorkerData = { modelDir: this.options.modelDir, magentaDir: this.options.magentaDir };
    const worker = new Worker(tsWorkerBootstrap(WORKER_URL), { eval: true, workerData });
    this.worker = worker;
    worker.on('message', (message: FromSketchWorker) => this.onMessage(worker, message));
    worker.on('error', (error) => this.onWorkerDown(worker, error));
    worker.on('exit', (code) => this.onWorkerDown(worker, new Error(`sketch worker exited with code ${code}`)));
  }

  private onMessage(worker: Worker, message: FromSketchWorker): void {
    if (worker !== this.worker) return;
    switch (message.type) {
      case 'ready':
        this.info = message;
        this.starting?.resolve();
        this.starting = null;
        this.armWatchdog();
        this.updateRef();
        return;
      case 'init-error':
        void worker.terminate();
        this.onWorkerDown(worker, new Error(`sketch worker failed to load its models: ${message.message}`));
        return;
      case 'stroke':
        this.pending.get(message.id)?.onStroke?.(message.stroke);
        return;
      case 'completed':
        return this.settle(message.id, (p) => p.resolve(message.completion as never));
      case 'classified':
        return this.settle(message.id, (p) => p.resolve(message.probabilities as never));
      case 'failed':
        return this.settle(message.id, (p) => p.reject(new Error(message.message)));
    }
  }

  private settle(id: number, how: (p: Pending) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    const at = this.order.indexOf(id);
    if (at >= 0) this.order.splice(at, 1);
    this.failures = 0;
    how(p);
    this.armWatchdog();
    this.updateRef();
  }

  /** One timer for the request at the head of the worker's queue, restarted only when the head changes. */
  private armWatchdog(): void {
    const worker = this.worker;
    const head = worker && this.info ? (this.order[0] ?? null) : null;
    if (head === this.watching && (head === null || this.watchdog)) return;
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = null;
    this.watching = head;
    if (head === null || !worker) return;
    this.watchdog = setTimeout(() => void worker.terminate(), this.options.requestTimeoutMs);
    this.watchdog.unref();
  }

  /** An idle worker must not keep a tool's process alive; a busy or starting one must. */
  private updateRef(): void {
    if (!this.worker) return;
    if (!this.info || this.pending.size > 0) this.worker.ref();
    else this.worker.unref();
  }

  private onWorkerDown(worker: Worker, error: Error): void {
    if (worker !== this.worker || this.state !== 'running') return;
    this.worker = null;
    // Not retried: a request may be what killed the worker.
    this.rejectAll(new Error('WORKER_CRASHED'));
    this.failures++;
    if (this.starting || this.failures > this.options.maxRestarts) {
      this.state = 'failed';
      this.starting?.reject(error);
      this.starting = null;
      return;
    }
    this.info = null;
    this.spawn();
  }

  private rejectAll(error: Error): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = null;
    this.watching = null;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.order.length = 0;
  }
}

/** Starts the worker and resolves once every model is loaded (rejects if ours cannot be). */
export async function createSketchModels(options: SketchModelsOptions = {}): Promise<SketchModels> {
  const models = new WorkerSketchModels({
    modelDir: options.modelDir ?? DEFAULT_SKETCH_MODEL_DIR,
    magentaDir: options.magentaDir ?? defaultSketchModelsDir(),
    maxPending: options.maxPending ?? 500,
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
    maxRestarts: options.maxRestarts ?? 3,
  });
  await models.start();
  return models;
}
