#!/usr/bin/env node
// Bundles the compiled CLI (dist/) into dist/bundle/: one module graph instead of
// ~120 files, which is most of a plain check's start-up. pdfkit, exceljs and the
// fonts stay outside and load only when a command needs them; internal lazy
// imports become separate chunks. dist/bundle sits two levels down like every
// other compiled file, so package.json and templates/ resolve the same way.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: start empty so old chunks do not pile up.
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['dist/cli/entry.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'pdfkit', 'unpdf', '@expo-google-fonts/*'],
  // commander is CommonJS: give the ESM bundle a require for its node: imports.
  banner: { js: "import { createRequire as __ntmCreateRequire } from 'node:module'; const require = __ntmCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
