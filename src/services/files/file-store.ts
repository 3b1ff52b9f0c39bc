import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Attachments on disk, outside any folder the web server serves: `<root>/<aa>/<sha256>`, named by content so
 * the same scan uploaded twice is stored once. A file is written to a temporary name, flushed, then renamed,
 * so a crash never leaves half a file under its real name.
 */
let root: string | null = null;
export const useFileStore = (dir: string) => {
  root = dir;
};
const base = () => {
  if (!root) throw new Error('file store not configured');
  return root;
};

export async function putFile(data: Buffer): Promise<{ sha256: string; storageKey: string }> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const storageKey = `${sha256.slice(0, 2)}/${sha256}`;
  const path = join(base(), storageKey);
  if (!existsSync(path)) {
    await mkdir(join(base(), sha256.slice(0, 2)), { recursive: true });
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  }
  return { sha256, storageKey };
}

export function readFileStream(storageKey: string) {
  if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(storageKey)) throw new Error('bad storage key');
  return createReadStream(join(base(), storageKey));
}
