/**
 * Runs another registered kernel of the same backend from inside a kernel, the way backends compose
 * kernels internally: no engine, no tape, no tensor bookkeeping. The caller frees intermediates with
 * `backend.disposeData(t.dataId)`.
 */
import {
  getKernel,
  type KernelBackend,
  type NamedAttrMap,
  type NamedTensorInfoMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';

export type KernelRunner = (
  name: string,
  inputs: NamedTensorInfoMap | TensorInfo[],
  attrs: NamedAttrMap,
) => TensorInfo;

export function kernelRunner(backend: KernelBackend, backendName: string): KernelRunner {
  return (name, inputs, attrs) => {
    const kernel = getKernel(name, backendName);
    if (kernel == null) throw new Error(`composite kernel needs kernel ${name} on backend '${backendName}'`);
    // Concat takes its inputs as an array; most kernels as a name -> tensor map.
    const out = kernel.kernelFunc({ inputs: inputs as NamedTensorInfoMap, attrs, backend });
    return Array.isArray(out) ? (out[0] as TensorInfo) : out;
  };
}

/** Collects intermediates so a composite kernel can free them all before returning. */
export class TempTensors {
  private readonly items: TensorInfo[] = [];
  constructor(private readonly backend: KernelBackend) {}
  keep<T extends TensorInfo>(t: T): T {
    this.items.push(t);
    return t;
  }
  disposeAll(): void {
    for (const t of this.items) this.backend.disposeData(t.dataId);
    this.items.length = 0;
  }
}
