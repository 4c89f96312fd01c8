import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** Raw and gzip (level 9, as CDNs serve it) size of every file under `dir`. */
export function measureDirectory(dir: string): FileSize[] {
  const files: FileSize[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const data = readFileSync(path);
        files.push({
          file: relative(dir, path).split('\\').join('/'),
          bytes: data.length,
          gzip: gzipSync(data, { level: 9 }).length,
        });
      }
    }
  };
  walk(dir);
  return files;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;
