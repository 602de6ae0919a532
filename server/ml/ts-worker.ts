/**
 * Starting a worker thread whose entry is TypeScript.
 *
 * `execArgv: ['--import', 'tsx']` does NOT work on Node 20 (measured: the worker's entry still fails with
 * ERR_UNKNOWN_FILE_EXTENSION), so a tiny JS bootstrap registers tsx's ESM hooks inside the worker and then
 * imports the .ts entry. Resolved absolutely: cwd does not matter.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TSX_ESM_API = pathToFileURL(
  join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
).href;

/** Source for `new Worker(source, { eval: true })` that runs `entry` (a .ts file URL). */
export function tsWorkerBootstrap(entry: URL): string {
  return `import(${JSON.stringify(TSX_ESM_API)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
}
