// Builds the add-on into dist/: Code.js (the esbuild IIFE plus one top-level stub per export of
// src/server/main.ts), appsscript.json, and one self-contained HTML file per sidebar.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { dropBundleComments } from './bundleComments.mjs';
import { globalStubs } from './globalStubs.mjs';
import { buildSidebars } from './sidebars.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const entry = join(root, 'src/server/main.ts');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

const bundle = await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  format: 'iife',
  globalName: '__addon',
  target: 'es2020',
  platform: 'neutral',
  minify: false,
  write: false,
  legalComments: 'none',
  charset: 'utf8',
});
// Comments esbuild keeps are in src/ already; see bundleComments.mjs for why they go and why this
// is not minification (every line of code is kept as esbuild printed it). The stubs' JSDoc stays.
const code = dropBundleComments(bundle.outputFiles[0].text);
const stubs = globalStubs(entry);
writeFileSync(
  join(dist, 'Code.js'),
  `// ШНОР-монитор: собрано scripts/build.mjs из src/ — не редактируйте этот файл.\n${code}\n${stubs.text}`,
);
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
const sidebars = await buildSidebars(root, dist);

const files = readdirSync(dist).sort();
console.log(`dist/: ${files.join(', ')} — ${stubs.count} global functions, ${sidebars.length} sidebars`);
if (!existsSync(join(dist, 'Code.js'))) process.exit(1);
