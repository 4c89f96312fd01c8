import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The npm package's declaration files, from its entry and its hand-written public types
 * (both are written so that each file's declarations follow from that file alone:
 * `ts.transpileDeclaration`). Relative imports get the `.js` extension that Node's ESM
 * resolution needs. `entry` becomes index.d.ts beside index.js.
 */
export function emitTypes(
  entry: string,
  others: readonly string[],
  outDir: string,
  entryName = 'index.d.ts',
): Plugin {
  return {
    name: 'clinic-widget:emit-types',
    apply: 'build',
    closeBundle() {
      mkdirSync(outDir, { recursive: true });
      for (const file of [entry, ...others]) {
        const { outputText, diagnostics } = ts.transpileDeclaration(readFileSync(file, 'utf8'), {
          fileName: file,
          compilerOptions: { isolatedDeclarations: true },
        });
        if (diagnostics?.length) {
          const messages = diagnostics.map((d) =>
            ts.flattenDiagnosticMessageText(d.messageText, '\n'),
          );
          this.error(`Declarations of ${file}: ${messages.join('; ')}`);
        }
        const name = file === entry ? entryName : basename(file).replace(/\.ts$/, '.d.ts');
        const withExtensions = outputText.replace(/(from\s+'\.\/[^']+)(')/g, '$1.js$2');
        writeFileSync(join(outDir, name), withExtensions);
      }
    },
  };
}
