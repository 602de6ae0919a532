/** Input listing: folders recursively and zips, in name order, macOS metadata ignored, other files reported. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputFiles } from '../../../tools/lib/deck/read-images';

let dir: string;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-read-'));
  await mkdir(join(dir, 'photos', 'b'), { recursive: true });
  await mkdir(join(dir, 'photos', '.hidden'), { recursive: true });
  await writeFile(join(dir, 'photos', 'z.JPG'), 'z');
  await writeFile(join(dir, 'photos', 'a.png'), 'a');
  await writeFile(join(dir, 'photos', 'b', 'c.jpeg'), 'c');
  await writeFile(join(dir, 'photos', 'notes.txt'), 'n');
  await writeFile(join(dir, 'photos', '.DS_Store'), 'x');
  await writeFile(join(dir, 'photos', '.hidden', 'd.jpg'), 'd');
  await writeFile(join(dir, 'elsewhere.jpg'), 'linked');
  await symlink(join(dir, 'elsewhere.jpg'), join(dir, 'photos', 'link.jpg'));
  await writeFile(join(dir, 'not-a-zip.zip'), 'plain text');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('listInputFiles', () => {
  it('lists a folder recursively, sorted, following linked files, skipping hidden ones', async () => {
    const listing = await listInputFiles(join(dir, 'photos') + '/');
    expect(listing.pictures.map((p) => p.name)).toEqual(['a.png', 'b/c.jpeg', 'link.jpg', 'z.JPG']);
    expect(listing.rejected).toEqual([{ name: 'notes.txt', reason: 'not a .jpg, .jpeg or .png file' }]);
    expect(new TextDecoder().decode(await listing.pictures[2]!.read())).toBe('linked');
  });

  it('lists a zip the same way', async () => {
    const zip = zipSync({
      'set/2.jpg': bytes('two'),
      'set/1.png': bytes('one'),
      'set/readme.md': bytes('hi'),
      '__MACOSX/set/._1.png': bytes('resource fork'),
      'set/.DS_Store': bytes('x'),
    });
    const path = join(dir, 'set.zip');
    await writeFile(path, zip);
    const listing = await listInputFiles(path);
    expect(listing.pictures.map((p) => p.name)).toEqual(['set/1.png', 'set/2.jpg']);
    expect(listing.rejected.map((r) => r.name)).toEqual(['set/readme.md']);
    expect(new TextDecoder().decode(await listing.pictures[1]!.read())).toBe('two');
  });

  it('says what is wrong with a path that is neither', async () => {
    await expect(listInputFiles(join(dir, 'missing'))).rejects.toThrow(/no such file or folder/);
    await expect(listInputFiles(join(dir, 'not-a-zip.zip'))).rejects.toThrow(/expected a folder or a \.zip file/);
  });
});
