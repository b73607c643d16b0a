#!/usr/bin/env node
// Bundles the compiled CLI (dist/) into one CommonJS script, dist/bundle/ntm-check.cjs,
// and makes its V8 code cache (scripts/code-cache.mjs): one file to compile instead
// of ~120 modules, and most of that compiling done once at build time.
// src/cli/start.ts explains why a script and not a module. pdfkit, exceljs and the
// fonts stay outside and are required only when a command needs them.
// dist/bundle sits two levels down like every other compiled file, so package.json
// and templates/ resolve the same way.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['dist/cli/entry.js'],
  outfile: 'dist/bundle/ntm-check.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'pdfkit', 'unpdf', '@expo-google-fonts/*'],
  // A dynamic import() inside a vm script needs an experimental loader hook; the
  // externals are CommonJS, so a lazy require does the same job.
  supported: { 'dynamic-import': false },
  // The compiled modules locate package.json, templates/ and the fonts from their own URL.
  define: { 'import.meta.url': '__ntmModuleUrl' },
  banner: { js: "const __ntmModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

const cache = spawnSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (cache.status !== 0) {
  console.error(`scripts/code-cache.mjs exited ${cache.status}: the bundle would start without its code cache (slower).`);
  process.exitCode = 1;
}
