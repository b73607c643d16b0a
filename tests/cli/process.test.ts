import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setCell, tempDir, validDossier, writeFixture } from '../helpers/dossier-fixture.js';

const ROOT = join(import.meta.dirname, '../..');
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

/** The real binary (built by `npm test` first), as an officer or CI runs it. */
describe('bin/ntm-check.js', () => {
  it('exits with the run code: 0 on a clean dossier', async () => {
    const r = node(['bin/ntm-check.js', await writeFixture(validDossier()), '--plan', 'lai-chau', '--as-of', '2025-01-10']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('gives the same report where code generation is disallowed (no generated row fast path)', async () => {
    const fixture = validDossier();
    setCell(fixture, 'Cá nhân', 0, 'Năm sinh', 1850); // one row for zod to report, the others on the fast path
    const file = await writeFixture(fixture);
    const args = ['bin/ntm-check.js', file, '--plan', 'lai-chau', '--as-of', '2025-01-10', '--format', 'json'];
    const usual = node(args);
    const strict = node(['--disallow-code-generation-from-strings', ...args]);
    expect(usual.status).toBe(1);
    expect(strict.status).toBe(usual.status);
    expect(strict.stdout).toBe(usual.stdout);
  });

  it('prints no stack without DEBUG, and the stack with DEBUG=ntm-check', () => {
    // A plan file path that is a folder makes reading it fail inside the loader.
    const plain = node(['bin/ntm-check.js', 'x.xlsx', '--plan', join(tempDir(), '/')]);
    expect(plain.status).toBe(2);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = node(['bin/ntm-check.js', 'x.xlsx', '--plan', join(tempDir(), '/')], { DEBUG: 'ntm-check' });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it.each(['--version', '--help', 'check --help'])('ends `%s` normally, without a stack even under DEBUG', (args) => {
    const r = node(['bin/ntm-check.js', ...args.split(' ')], { DEBUG: 'ntm-check' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('ends quietly when the reader of its output goes away (| head)', () => {
    // `true` exits at once without reading, long before node has started: the first write meets a closed pipe.
    const r = spawnSync('sh', ['-c', 'node bin/ntm-check.js plans lai-chau 2>/tmp/ntm-epipe.err | true; cat /tmp/ntm-epipe.err'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('');
  });

  it('starts from the bundle with the code cache the build made', () => {
    const r = node(['bin/ntm-check.js', '--version'], { DEBUG: 'ntm-check' });
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.stderr).toContain('ntm-check: code cache accepted');
  });

  it('checks a workbook without loading exceljs or pdfkit', () => {
    // The bundle requires through node's shared require cache: after a check, nothing of exceljs or
    // pdfkit may be in it. Requiring pdfkit afterwards shows the look would see it.
    const script = `
      import { createRequire } from 'node:module';
      import { loadBundle } from './dist/cli/start.js';
      const loaded = loadBundle();
      process.argv = [process.argv[0], 'ntm-check', 'samples/lai-chau/tam-duong-2022-hop-le.xlsx', '--plan', 'lai-chau', '--quiet'];
      await loaded.exports.main();
      const require = createRequire(import.meta.url);
      const heavy = () => Object.keys(require.cache).filter((f) => /node_modules[\\/](exceljs|pdfkit)[\\/]/.test(f)).length;
      const afterCheck = heavy();
      require('pdfkit');
      process.stderr.write(JSON.stringify({ afterCheck, afterRequire: heavy() }));
    `;
    const r = node(['--input-type=module', '-e', script]);
    expect(r.status).toBe(0);
    const { afterCheck, afterRequire } = JSON.parse(r.stderr) as { afterCheck: number; afterRequire: number };
    expect(afterCheck).toBe(0);
    expect(afterRequire).toBeGreaterThan(0);
  });

  it('turns a run that never settles into exit 2 with a sentence, never a silent 0', () => {
    const script = `import('./dist/cli/watchdog.js').then((m) => m.guardUnsettled(new Promise(() => {}), () => process.stderr.write('stalled\\n')));`;
    const r = node(['--input-type=module', '-e', script]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('stalled\n');
  });
});
