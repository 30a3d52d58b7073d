// `npm run bench`: runs every bench/*.bench.ts (bundled by esbuild for Node) and prints one table
// of what was measured against the budgets of ENGINEERING.md. Speed lives here, not in tests.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.preview', 'bench');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const only = process.argv[2];
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const rows = [];
for (const file of files) {
  const outfile = join(out, file.replace(/\.ts$/, '.mjs'));
  await esbuild.build({
    entryPoints: [join(root, 'bench', file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  const bench = await import(pathToFileURL(outfile).href);
  for (const row of await bench.run()) rows.push(row);
}

const header = ['work', 'measured', 'budget', 'ok'];
const table = [header, ...rows.map((r) => [r.work, r.measured, r.budget, r.ok ? 'yes' : 'NO'])];
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of table.slice(1)) console.log(line(r));
if (rows.some((r) => !r.ok)) process.exitCode = 1;
