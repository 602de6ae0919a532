/**
 * A `Conv2DBackpropFilter` kernel (gradient of conv2d with respect to its filter) expressed as one
 * forward Conv2D plus transposes, so it runs on whatever fast conv the backend has.
 *
 * Why: tfjs-backend-wasm 4.22.0 ships no Conv2DBackpropFilter, so conv layers cannot train on wasm, and
 * the cpu backend's version is far slower. Wasm's forward Conv2D is XNNPACK (SIMD), which makes this
 * formulation several times faster than an im2col + BatchMatMul one on wasm.
 *
 * Uses only tfjs-core; see run-kernel.ts for how it calls the backend's own kernels.
 */
import {
  backend_util,
  Conv2DBackpropFilter,
  getKernel,
  registerKernel,
  type Conv2DBackpropFilterAttrs,
  type KernelBackend,
  type KernelConfig,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { kernelRunner, TempTensors } from './run-kernel.js';

/**
 * dW[i, j, c, o] = sum over n, y, x of xPad[n, y*s + i, x*s + j, c] * dy[n, y, x, o]
 *
 * which is a valid convolution of xT = x as [c, H, W, n] (channels become the batch, batch becomes the
 * channels) with the filter dyT = dy as [y, x, n, o], dilated by the stride s:
 *   conv(xT, dyT)[c, i, j, o]  ->  transpose to [i, j, c, o].
 *
 * x: [batch, inH, inW, inC]   dy: [batch, outH, outW, outC]   returns [fh, fw, inC, outC]. NHWC only.
 */
export function conv2DBackpropFilterViaConv(
  x: TensorInfo,
  dy: TensorInfo,
  attrs: Conv2DBackpropFilterAttrs,
  backend: KernelBackend,
  backendName: string,
): TensorInfo {
  if (attrs.dataFormat !== 'NHWC') throw new Error('Conv2DBackpropFilter composite supports NHWC only');
  const run = kernelRunner(backend, backendName);
  const temps = new TempTensors(backend);
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    attrs.filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
    false,
    'channelsLast',
  );
  const { filterHeight, filterWidth, inChannels, outChannels, strideHeight, strideWidth, padInfo } = info;

  const xT = temps.keep(run('Transpose', { x }, { perm: [3, 1, 2, 0] }));
  const dyT = temps.keep(run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] }));
  const corr = temps.keep(
    run('Conv2D', { x: xT, filter: dyT }, {
      strides: [1, 1],
      pad: [[0, 0], [padInfo.top, padInfo.bottom], [padInfo.left, padInfo.right], [0, 0]],
      dataFormat: 'NHWC',
      dilations: [strideHeight, strideWidth],
    }),
  );
  // The padded input can leave a few extra rows/cols past the last tap (e.g. 'valid' with stride 2).
  let taps = corr;
  if (corr.shape[1] !== filterHeight || corr.shape[2] !== filterWidth) {
    taps = temps.keep(
      run('Slice', { x: corr }, { begin: [0, 0, 0, 0], size: [inChannels, filterHeight, filterWidth, outChannels] }),
    );
  }
  const out = run('Transpose', { x: taps }, { perm: [1, 2, 0, 3] });
  temps.disposeAll();
  return out;
}

/** The kernel config to register for `backendName` (e.g. 'wasm'). */
export function conv2DBackpropFilterKernel(backendName: string): KernelConfig {
  return {
    kernelName: Conv2DBackpropFilter,
    backendName,
    kernelFunc: ({ inputs, attrs, backend }) => {
      const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
      const a = attrs as unknown as Conv2DBackpropFilterAttrs;
      return conv2DBackpropFilterViaConv(x, dy, a, backend as KernelBackend, backendName);
    },
  };
}

/** Registers the composite for `backendName` unless that backend already has its own. Returns whether it did. */
export function registerConv2DBackpropFilter(backendName: string): boolean {
  if (getKernel(Conv2DBackpropFilter, backendName) != null) return false;
  registerKernel(conv2DBackpropFilterKernel(backendName));
  return true;
}
