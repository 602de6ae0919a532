/**
 * Decks for the "Real or AI?" round.
 *
 *   npm run deck -- import --real <folder|zip> --name <name> --license <text> [--attribution <text>]
 *        [--source <text>] [--credits <text>] [--title-en <t>] [--title-ko <t>] [--side 64] [--out <dir>] [--force]
 *        [--generated <folder|zip> --generated-by <text> [--generated-license <t>] [--generated-attribution <t>]]
 *   npm run deck -- fetch london [--out <dir>] [--force]
 *   npm run deck -- list [--out <dir>]
 *
 * Decks go to $NEURAL_ARCADE_DECKS, else data/decks (never committed: they hold photographs of people).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultDecksDir } from '../server/decks/decks-dir.js';
import { intArg } from './lib/cli-args.js';
import { FETCHABLE_SETS, fetchFaceSet } from './lib/deck/fetch-face-set.js';
import { DEFAULT_SIDE, importDeck, type ImportDeckResult } from './lib/deck/import-deck.js';
import { formatDeckSummary, listDecks } from './lib/deck/list-decks.js';

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals?: boolean;
  run(values: Values, positionals: string[]): Promise<void>;
}

const str = (values: Values, key: string): string | undefined => {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
};

function required(values: Values, key: string): string {
  const value = str(values, key);
  if (!value?.trim()) throw new Error(`--${key} is required`);
  return value;
}

const decksDirOf = (values: Values) => str(values, 'out') ?? defaultDecksDir();

function printResult(result: ImportDeckResult, started: number): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`imported ${result.real} real${result.generated ? ` and ${result.generated} generated` : ''} faces, skipped ${result.skipped.length}, in ${seconds} s`);
  if (result.gan) console.log(result.gan.message);
  console.log(`deck written to ${result.deckDir}`);
}

const COMMANDS: Record<string, Command> = {
  import: {
    usage: 'import --real <folder|zip> --name <name> --license <text> [--attribution <text>] [--source <text>] [--credits <text>] [--title-en <t>] [--title-ko <t>] [--side 64] [--out <dir>] [--force] [--generated <folder|zip> --generated-by <text> [--generated-license <t>] [--generated-attribution <t>]]',
    options: {
      real: { type: 'string' },
      generated: { type: 'string' },
      'generated-by': { type: 'string' },
      'generated-license': { type: 'string' },
      'generated-attribution': { type: 'string' },
      name: { type: 'string' },
      license: { type: 'string' },
      attribution: { type: 'string' },
      source: { type: 'string' },
      credits: { type: 'string' },
      'title-en': { type: 'string' },
      'title-ko': { type: 'string' },
      side: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    },
    async run(values) {
      const started = performance.now();
      const generatedPath = str(values, 'generated');
      if (generatedPath && !str(values, 'generated-by')) throw new Error('--generated needs --generated-by <which model drew them>');
      if (!generatedPath && str(values, 'generated-by')) throw new Error('--generated-by is only for --generated');
      const result = await importDeck({
        decksDir: decksDirOf(values),
        name: required(values, 'name'),
        real: required(values, 'real'),
        license: required(values, 'license'),
        attribution: str(values, 'attribution'),
        source: str(values, 'source'),
        credits: str(values, 'credits'),
        title: { en: str(values, 'title-en'), ko: str(values, 'title-ko') },
        side: intArg(values.side, 'side', DEFAULT_SIDE),
        force: values.force === true,
        ...(generatedPath
          ? {
              generated: {
                path: generatedPath,
                generatedBy: required(values, 'generated-by'),
                license: str(values, 'generated-license'),
                attribution: str(values, 'generated-attribution'),
              },
            }
          : {}),
        log: (line) => console.log(line),
      });
      printResult(result, started);
    },
  },
  fetch: {
    usage: `fetch <${Object.keys(FETCHABLE_SETS).join('|')}> [--out <dir>] [--force]`,
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
    positionals: true,
    async run(values, positionals) {
      const started = performance.now();
      const [set, ...extra] = positionals;
      if (!set || extra.length > 0) throw new Error(`name one face set: ${Object.keys(FETCHABLE_SETS).join(', ')}`);
      const result = await fetchFaceSet(set, { decksDir: decksDirOf(values), force: values.force === true, log: (line) => console.log(line) });
      printResult(result, started);
    },
  },
  list: {
    usage: 'list [--out <dir>]',
    options: { out: { type: 'string' } },
    async run(values) {
      const dir = decksDirOf(values);
      const decks = await listDecks(dir);
      if (decks.length === 0) console.log(`no decks in ${dir} (make one with: npm run deck -- fetch london)`);
      for (const deck of decks) console.log(formatDeckSummary(deck));
    },
  },
};

function usage(): string {
  return ['usage: npm run deck -- <command>', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    console.error(name && name !== 'help' && name !== '--help' ? `unknown command "${name}"\n${usage()}` : usage());
    process.exitCode = name === 'help' || name === '--help' ? 0 : 1;
    return;
  }
  const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: command.positionals ?? false, strict: true });
  await command.run(values, positionals);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`deck: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
