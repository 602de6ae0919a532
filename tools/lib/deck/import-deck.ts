/**
 * `deck import`: photographs in, a deck folder out. Each input file becomes an aligned S x S face
 * (deck-picture.ts) with a neutral name (real/r0001.png, generated/g0001.png) in input order; files that
 * cannot become one are skipped and reported by name with the reason. The deck appears all at once
 * (deck-folder.ts). Without generated inputs the project's GAN for this deck, if committed, fills the
 * generated side; otherwise the deck holds real faces only until `npm run train:gan` adds them.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECK_FORMAT, DECK_JSON, DECK_NAME, deckJsonSchema, type DeckImage, type DeckJson } from '../../../shared/decks/deck-schema.js';
import { writeAtomically } from '../../../server/ml/file-io.js';
import { deckFolder, exists, publishStagedDeck, refuseExisting, stagingFolder } from './deck-folder.js';
import { makeDeckPicture } from './deck-picture.js';
import { loadFaceDetector, type FaceFinder } from './face-detector.js';
import { fillFromProjectGan, type GanFill } from './gan-fill.js';
import { listInputFiles, type InputListing } from './read-images.js';

export const DEFAULT_SIDE = 64;
/** The checkpoint id of generated faces imported from elsewhere (one difficulty level). */
export const IMPORTED_CHECKPOINT = 'imported';
/** deck-schema.ts allows this many images; checked before hours of work, not after. */
const MAX_DECK_IMAGES = 5000;
const DEFAULT_GAN_MODELS_DIR = fileURLToPath(new URL('../../../assets/models/gan', import.meta.url));

export interface GeneratedInput {
  /** Folder or zip of generated faces. */
  path: string;
  /** Which model drew them, e.g. "StyleGAN2 (NVIDIA, FFHQ)". */
  generatedBy: string;
  /** Default: the real images' licence. */
  license?: string;
  /** Default: `generatedBy`. */
  attribution?: string;
}

export interface ImportDeckOptions {
  decksDir: string;
  name: string;
  /** Folder or zip of photographs. */
  real: string;
  generated?: GeneratedInput;
  license: string;
  /** Default: the licence text. */
  attribution?: string;
  /** Names the collection; each real image records "<source>: <file>" (default: just the file's name). */
  source?: string;
  /** The deck-level credits line. Default: the attribution. */
  credits?: string;
  title?: { en?: string; ko?: string };
  side?: number;
  force?: boolean;
  /** Default: face-api (loaded on first use). Tests pass a fake. */
  faceFinder?: FaceFinder;
  /** Where the project's GANs are, `<dir>/<name>/gan.json` (default assets/models/gan). */
  ganModelsDir?: string;
  /** Progress and skip lines. */
  log?: (line: string) => void;
}

export interface ImportDeckResult {
  deckDir: string;
  real: number;
  generated: number;
  skipped: { file: string; reason: string }[];
  /** What happened about the generated side when no generated input was given. */
  gan?: GanFill;
}

interface Side {
  label: 'real' | 'generated';
  listing: InputListing;
  /** Prefix of the skip report, so a real and a generated file of the same name are told apart. */
  reportAs: (name: string) => string;
  entry: (file: string, name: string) => DeckImage;
}

function checkOptions(options: ImportDeckOptions): number {
  if (!DECK_NAME.test(options.name)) throw new Error(`deck name "${options.name}" must be lower-case letters, digits and dashes (at most 40)`);
  const side = options.side ?? DEFAULT_SIDE;
  if (!Number.isInteger(side) || side < 16 || side > 256) throw new Error(`--side must be a whole number from 16 to 256, got ${side}`);
  if (!options.license.trim()) throw new Error('--license must not be empty');
  if (options.generated && !options.generated.generatedBy.trim()) throw new Error('--generated-by must say which model drew the generated faces');
  return side;
}

const attributionOf = (options: ImportDeckOptions) => options.attribution?.trim() || options.license;

function sidesOf(options: ImportDeckOptions, real: InputListing, generated: InputListing | undefined): Side[] {
  const attribution = attributionOf(options);
  const sides: Side[] = [
    {
      label: 'real',
      listing: real,
      reportAs: (name) => name,
      entry: (file, name) => ({ file, label: 'real', source: options.source ? `${options.source}: ${name}` : name, license: options.license, attribution }),
    },
  ];
  const gen = options.generated;
  if (gen && generated) {
    sides.push({
      label: 'generated',
      listing: generated,
      reportAs: (name) => `[generated] ${name}`,
      entry: (file, name) => ({
        file,
        label: 'generated',
        source: name,
        license: gen.license?.trim() || options.license,
        attribution: gen.attribution?.trim() || gen.generatedBy,
        generator: gen.generatedBy,
        checkpoint: IMPORTED_CHECKPOINT,
      }),
    });
  }
  return sides;
}

export async function importDeck(options: ImportDeckOptions): Promise<ImportDeckResult> {
  const side = checkOptions(options);
  const log = options.log ?? (() => {});
  const target = deckFolder(options.decksDir, options.name);
  if (!options.force && (await exists(target))) throw refuseExisting(target, options.name);
  const real = await listInputFiles(options.real);
  const generated = options.generated ? await listInputFiles(options.generated.path) : undefined;
  const sides = sidesOf(options, real, generated);
  const total = sides.reduce((sum, s) => sum + s.listing.pictures.length, 0);
  if (real.pictures.length === 0) throw new Error(`${options.real}: no .jpg, .jpeg or .png files found`);
  if (total > MAX_DECK_IMAGES) throw new Error(`${total} pictures given; a deck holds at most ${MAX_DECK_IMAGES}`);

  const finder = options.faceFinder ?? (await loadFaceDetector());
  const staging = stagingFolder(options.decksDir, options.name);
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'real'), { recursive: true });
  await mkdir(join(staging, 'generated'), { recursive: true });
  try {
    const images: DeckImage[] = [];
    const skipped: ImportDeckResult['skipped'] = [];
    const skip = (file: string, reason: string) => {
      skipped.push({ file, reason });
      log(`${file}: ${reason}`);
    };
    let done = 0;
    for (const s of sides) {
      for (const rejected of s.listing.rejected) skip(s.reportAs(rejected.name), rejected.reason);
      let count = 0;
      for (const input of s.listing.pictures) {
        const made = await makeDeckPicture(await input.read(), side, finder);
        if (made.ok) {
          const file = `${s.label}/${s.label[0]}${String(++count).padStart(4, '0')}.png`;
          await writeFile(join(staging, file), made.png);
          images.push(s.entry(file, input.name));
        } else {
          skip(s.reportAs(input.name), made.reason);
        }
        if (++done % 10 === 0) log(`... ${done}/${total}`);
      }
    }
    const realCount = images.filter((image) => image.label === 'real').length;
    if (realCount === 0) throw new Error(`no face could be imported from ${options.real} (${skipped.length} skipped); no deck written`);

    const deck: DeckJson = deckJsonSchema.parse({
      format: DECK_FORMAT,
      name: options.name,
      title: { en: options.title?.en?.trim() || options.name, ko: options.title?.ko?.trim() || options.title?.en?.trim() || options.name },
      subject: 'faces',
      side,
      channels: 3,
      credits: options.credits?.trim() || attributionOf(options),
      checkpoints: options.generated ? [{ id: IMPORTED_CHECKPOINT, step: 0 }] : [],
      images,
    } satisfies DeckJson);
    await writeAtomically(join(staging, DECK_JSON), JSON.stringify(deck, null, 2) + '\n');

    const gan = options.generated ? undefined : await fillFromProjectGan(staging, options.name, options.ganModelsDir ?? DEFAULT_GAN_MODELS_DIR);
    await publishStagedDeck(staging, target, options.name, options.force ?? false);
    return { deckDir: target, real: realCount, generated: images.length - realCount + (gan?.added ?? 0), skipped, ...(gan ? { gan } : {}) };
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}
