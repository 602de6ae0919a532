/**
 * Magenta's pretrained Sketch-RNN decoders for the Sketch Duet round.
 *
 *   npm run models:sketch -- fetch cat dog [--dir DIR] [--base-url URL] [--timeout-ms N]
 *   npm run models:sketch -- list [--dir DIR]
 *
 * fetch downloads <base>/<name>.gen.json for each name (needs internet; default base is Magenta's public
 * bucket, or $NEURAL_ARCADE_SKETCH_MODEL_URL), checks it and saves it into the models folder
 * ($NEURAL_ARCADE_SKETCH_MODELS, else data/sketch-models/). One line per name; exit code 1 if any failed.
 * list prints the installed models and any file the server would refuse.
 */
import { parseArgs } from 'node:util';
import { defaultSketchModelsDir, loadMagentaModels } from '../server/ml/magenta-models.js';
import { intArg } from './lib/cli-args.js';
import { DEFAULT_FETCH_TIMEOUT_MS, fetchSketchModels, sketchModelBaseUrl } from './lib/fetch-sketch-models.js';

const USAGE = 'usage: npm run models:sketch -- fetch NAME... [--dir DIR] [--base-url URL] [--timeout-ms N] | list [--dir DIR]';

const { values: args, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: {
    dir: { type: 'string' },
    'base-url': { type: 'string' },
    'timeout-ms': { type: 'string' },
  },
  allowPositionals: true,
  strict: true,
});
const dir = args.dir ?? defaultSketchModelsDir();
const [command, ...names] = positionals;

/** Each command returns the process exit code. */
const commands: Record<string, () => Promise<number>> = {
  async fetch() {
    if (names.length === 0) {
      console.error(`fetch: name at least one category, e.g. fetch cat dog\n${USAGE}`);
      return 2;
    }
    const baseUrl = sketchModelBaseUrl(args['base-url']);
    const timeoutMs = intArg(args['timeout-ms'], 'timeout-ms', DEFAULT_FETCH_TIMEOUT_MS);
    console.log(`fetching ${names.length} model(s) from ${baseUrl} into ${dir}`);
    const reports = await fetchSketchModels(names, { dir, baseUrl, timeoutMs });
    for (const r of reports) console.log(r.ok ? `ok      ${r.name}: ${r.summary} -> ${r.path}` : `failed  ${r.name}: ${r.reason}`);
    const failed = reports.filter((r) => !r.ok).length;
    console.log(`${reports.length - failed} ok, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  },
  async list() {
    const { decoders, errors } = await loadMagentaModels(dir);
    console.log(`${decoders.length} model(s) in ${dir}${decoders.length === 0 ? ' (fetch some with: npm run models:sketch -- fetch cat dog)' : ''}`);
    for (const d of decoders) console.log(`  ${d.name}: ${d.weights.hiddenSize} units, up to ${d.maxSeqLen} rows`);
    for (const e of errors) console.log(`  refused ${e}`);
    return errors.length > 0 ? 1 : 0;
  },
};

const run = command === undefined ? undefined : commands[command];
if (run === undefined) {
  console.error(command === undefined ? USAGE : `unknown command "${command}"\n${USAGE}`);
  process.exit(2);
}
process.exit(await run());
