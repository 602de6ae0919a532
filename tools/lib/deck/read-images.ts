/**
 * The input files of an import, from a folder (searched recursively) or a .zip, in a fixed order (by
 * path), each named by its path inside the folder or zip with forward slashes: that name is what skips
 * are reported by and what a real image's `source` records.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';

export interface InputFile {
  /** Path inside the folder or zip, e.g. "neutral_front/001_03.jpg". */
  name: string;
  read(): Promise<Uint8Array>;
}

export interface InputListing {
  /** Files with a picture's extension, sorted by name. */
  pictures: InputFile[];
  /** Files left out before decoding, with why: reported, so nobody wonders where their .heic photos went. */
  rejected: { name: string; reason: string }[];
}

const PICTURE_NAME = /\.(jpe?g|png)$/i;
const NOT_A_PICTURE = 'not a .jpg, .jpeg or .png file';
/** No single input picture is bigger than this (a 64 MP photo is ~30 MB as JPEG); guards against zip bombs. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Hidden files and macOS metadata (`.DS_Store`, `__MACOSX/._x.jpg`) are not anybody's pictures. */
function isMetadata(name: string): boolean {
  return name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function listFolder(dir: string): Promise<InputListing> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    // A linked file counts as a file; a linked folder is not followed (no loops).
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile() === true);
    const name = relative(dir, path).split(sep).join('/');
    if (isFile && !isMetadata(name)) names.push(name);
  }
  const read = async (name: string) => new Uint8Array(await readFile(join(dir, ...name.split('/'))));
  return {
    pictures: names.filter((name) => PICTURE_NAME.test(name)).map((name) => ({ name, read: () => read(name) })).sort(byName),
    rejected: names.filter((name) => !PICTURE_NAME.test(name)).map((name) => ({ name, reason: NOT_A_PICTURE })).sort(byName),
  };
}

function listZip(bytes: Uint8Array, zipName: string): InputListing {
  const rejected: InputListing['rejected'] = [];
  let files: Record<string, Uint8Array>;
  try {
    // The filter sees every entry's name and size before anything is inflated; only pictures are.
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || isMetadata(file.name)) return false;
        if (!PICTURE_NAME.test(file.name)) rejected.push({ name: file.name, reason: NOT_A_PICTURE });
        else if (file.originalSize > MAX_FILE_BYTES) rejected.push({ name: file.name, reason: `larger than ${MAX_FILE_BYTES >> 20} MB` });
        else return true;
        return false;
      },
    });
  } catch (err) {
    throw new Error(`${zipName}: not a readable zip file (${err instanceof Error ? err.message : String(err)})`);
  }
  return {
    pictures: Object.entries(files).map(([name, data]) => ({ name, read: async () => data })).sort(byName),
    rejected: rejected.sort(byName),
  };
}

/** Lists a folder's or zip's input files; throws if the path is neither. */
export async function listInputFiles(path: string): Promise<InputListing> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new Error(`${path}: no such file or folder`);
  if (info.isDirectory()) return listFolder(path);
  const bytes = new Uint8Array(await readFile(path));
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return listZip(bytes, path);
  throw new Error(`${path}: expected a folder or a .zip file`);
}
