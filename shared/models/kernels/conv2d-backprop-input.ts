/**
 * A faster `Conv2DBackpropInput` (gradient of conv2d with respect to its input) for stride-1 convolutions:
 * a forward Conv2D of dy with the spatially flipped, in/out-swapped filter.
 *
 * Why: tfjs-backend-wasm 4.22.0 has this kernel, but as a plain loop that took ~30% of a training step;
 * wasm's forward Conv2D is XNNPACK (SIMD) and several times faster. Strided or NCHW cases are handed to
 * the kernel that was registered before, so behaviour there is unchanged.
 */
import {
  backend_util,
  Conv2DBackpropInput,
  getKernel,
  registerKernel,
  unregisterKernel,
  type Conv2DBackpropInputAttrs,
  type KernelBackend,
  type KernelConfig,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { kernelRunner, TempTensors } from './run-kernel.js';

/**
 * dx[n, h, w, c] = sum over i, j, o of dy[n, h + top - i, w + left - j, o] * W[i, j, c, o]
 *               = conv(dy padded by (fh-1-top, inH-outH+top), flip(W) as [fh, fw, o, c])  (stride 1).
 *
 * dy: [batch, outH, outW, outC]   filter: [fh, fw, inC, outC]   returns [batch, inH, inW, inC].
 * Returns null when it does not apply (stride > 1 or NCHW), so the caller can fall back.
 */
export function conv2DBackpropInputViaConv(
  dy: TensorInfo,
  filter: TensorInfo,
  attrs: Conv2DBackpropInputAttrs,
  backend: KernelBackend,
  backendName: string,
): TensorInfo | null {
  if (attrs.dataFormat !== 'NHWC') return null;
  const info = backend_util.computeConv2DInfo(
    attrs.inputShape,
    filter.shape as [number, number, number, number],
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
    false,
    'channelsLast',
  );
  if (info.strideHeight !== 1 || info.strideWidth !== 1) return null;
  const { filterHeight, filterWidth, inHeight, inWidth, outHeight, outWidth, padInfo } = info;
  const padTop = filterHeight - 1 - padInfo.top;
  const padBottom = inHeight - outHeight + padInfo.top;
  const padLeft = filterWidth - 1 - padInfo.left;
  const padRight = inWidth - outWidth + padInfo.left;
  if (Math.min(padTop, padBottom, padLeft, padRight) < 0) return null;
  const run = kernelRunner(backend, backendName);
  const temps = new TempTensors(backend);

  const flipped = temps.keep(run('Reverse', { x: filter }, { dims: [0, 1] }));
  const swapped = temps.keep(run('Transpose', { x: flipped }, { perm: [0, 1, 3, 2] }));
  const out = run('Conv2D', { x: dy, filter: swapped }, {
    strides: [1, 1],
    pad: [[0, 0], [padTop, padBottom], [padLeft, padRight], [0, 0]],
    dataFormat: 'NHWC',
    dilations: [1, 1],
  });
  temps.disposeAll();
  return out;
}

/** The kernel config for `backendName`, delegating cases it does not cover to `fallback`. */
export function conv2DBackpropInputKernel(backendName: string, fallback: KernelConfig): KernelConfig {
  return {
    kernelName: Conv2DBackpropInput,
    backendName,
    // Wasm kernels bind their wasm function in setupFunc when the backend initialises; keep the fallback's.
    ...(fallback.setupFunc ? { setupFunc: fallback.setupFunc } : {}),
    ...(fallback.disposeFunc ? { disposeFunc: fallback.disposeFunc } : {}),
    kernelFunc: (args) => {
      const { dy, filter } = args.inputs as { dy: TensorInfo; filter: TensorInfo };
      const attrs = args.attrs as unknown as Conv2DBackpropInputAttrs;
      const fast = conv2DBackpropInputViaConv(dy, filter, attrs, args.backend as KernelBackend, backendName);
      return fast ?? fallback.kernelFunc(args);
    },
  };
}

const replaced = new Set<string>();

/** Replaces `backendName`'s Conv2DBackpropInput with the conv-based one (once). Returns whether it did. */
export function registerFastConv2DBackpropInput(backendName: string): boolean {
  if (replaced.has(backendName)) return false;
  const original = getKernel(Conv2DBackpropInput, backendName);
  if (original == null) throw new Error(`backend '${backendName}' has no Conv2DBackpropInput to fall back to`);
  unregisterKernel(Conv2DBackpropInput, backendName);
  registerKernel(conv2DBackpropInputKernel(backendName, original));
  replaced.add(backendName);
  return true;
}
