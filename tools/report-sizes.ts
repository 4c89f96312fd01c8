import type { Plugin } from 'vite';
import { measureDirectory, kb } from './file-sizes.ts';

/** Prints each file of dist/ with its raw and gzip size once the build is written. */
export function reportSizes(outDir: string): Plugin {
  return {
    name: 'clinic-widget:report-sizes',
    apply: 'build',
    closeBundle() {
      const rows = measureDirectory(outDir);
      const width = Math.max(...rows.map((row) => row.file.length));
      console.log('\nclinic-widget build (gzip level 9):');
      for (const row of rows) {
        console.log(
          `  ${row.file.padEnd(width)}  ${kb(row.bytes).padStart(10)}  gzip ${kb(row.gzip).padStart(9)}`,
        );
      }
    },
  };
}
