/**
 * `deck fetch <set>`: downloads a public face data set and imports it as a deck, with its licence and
 * citation. One set so far: the Face Research Lab London Set (102 neutral, front-facing adult faces,
 * CC BY 4.0), whose neutral front-view photos figshare serves as one zip.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deckFolder, exists, refuseExisting } from './deck-folder.js';
import type { FaceFinder } from './face-detector.js';
import { downloadFile, figshareApiBase, listArticleFiles } from './figshare.js';
import { importDeck, type ImportDeckResult } from './import-deck.js';

export interface FaceSet {
  deckName: string;
  figshare: { articleId: number; version: number; file: RegExp };
  license: string;
  citation: string;
  source: string;
  title: { en: string; ko: string };
}

const LONDON_CITATION =
  'DeBruine, L., & Jones, B. (2017). Face Research Lab London Set (Version 5). figshare. https://doi.org/10.6084/m9.figshare.5047666.v5';

export const FETCHABLE_SETS: Record<string, FaceSet> = {
  london: {
    deckName: 'london',
    figshare: { articleId: 5047666, version: 5, file: /neutral_front.*\.zip$/i },
    license: 'CC BY 4.0',
    citation: LONDON_CITATION,
    source: 'Face Research Lab London Set, figshare doi 10.6084/m9.figshare.5047666.v5',
    title: { en: 'Face Research Lab London Set', ko: 'Face Research Lab 런던 얼굴 세트' },
  },
};

export interface FetchOptions {
  decksDir: string;
  force?: boolean;
  /** Default: figshareApiBase() ($NEURAL_ARCADE_FIGSHARE_API or figshare's). */
  apiBase?: string;
  faceFinder?: FaceFinder;
  ganModelsDir?: string;
  log?: (line: string) => void;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function fetchFaceSet(setName: string, options: FetchOptions): Promise<ImportDeckResult> {
  const set = FETCHABLE_SETS[setName];
  if (!set) throw new Error(`unknown face set "${setName}"; known: ${Object.keys(FETCHABLE_SETS).join(', ')}`);
  const log = options.log ?? (() => {});
  // Refuse before downloading tens of megabytes that could not be used.
  const target = deckFolder(options.decksDir, set.deckName);
  if (!options.force && (await exists(target))) throw refuseExisting(target, set.deckName);

  const { articleId, version, file: pattern } = set.figshare;
  const files = await listArticleFiles(options.apiBase ?? figshareApiBase(), articleId, version);
  const file = files.find((f) => pattern.test(f.name));
  if (!file) {
    throw new Error(`figshare article ${articleId} version ${version} lists no file matching ${pattern} (it has: ${files.map((f) => f.name).join(', ') || 'no files'})`);
  }
  const workDir = await mkdtemp(join(tmpdir(), `neural-arcade-${set.deckName}-`));
  try {
    const zipPath = join(workDir, file.name.replace(/[^A-Za-z0-9._-]/g, '_'));
    log(`downloading ${file.name} (${megabytes(file.size)}) from figshare...`);
    let reported = 0;
    await downloadFile(file, zipPath, (received) => {
      // A line per 10%: enough to show it is moving without flooding a log.
      const tenth = Math.floor((received / Math.max(file.size, 1)) * 10);
      if (tenth > reported && tenth < 10) log(`... ${tenth * 10}%`);
      reported = Math.max(reported, tenth);
    });
    log(`downloaded ${file.name}, size and MD5 match; importing`);
    return await importDeck({
      decksDir: options.decksDir,
      name: set.deckName,
      real: zipPath,
      license: set.license,
      attribution: set.citation,
      credits: set.citation,
      source: set.source,
      title: set.title,
      force: options.force ?? false,
      ...(options.faceFinder ? { faceFinder: options.faceFinder } : {}),
      ...(options.ganModelsDir ? { ganModelsDir: options.ganModelsDir } : {}),
      log,
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
