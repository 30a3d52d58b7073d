// `npm start` (after `npm run build`): bundles the preview server (dev/preview/server.ts, with the
// in-memory Apps Script fakes it uses) for Node into .preview/server/ and runs it.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.preview', 'server');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const outfile = join(out, 'server.mjs');
await esbuild.build({
  entryPoints: [join(root, 'dev/preview/server.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild and typescript stay in node_modules: the server bundles the page script at start.
  packages: 'external',
  outfile,
  logLevel: 'error',
});
const { runPreviewCli } = await import(pathToFileURL(outfile).href);
await runPreviewCli();
