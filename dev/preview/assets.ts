// What the preview serves besides JSON: the page, its script and style, the built add-on and its
// sidebars (with the google.script shim put in front of their own scripts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/** The repository root: the nearest folder above this file with package.json (works bundled too). */
export function findRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

async function bundleBrowserScript(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    charset: 'utf8',
    logLevel: 'error',
  });
  // "</script" inside an inline script would end it early.
  return result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
}

export interface PreviewAssets {
  readonly pageHtml: string;
  readonly pageCss: string;
  readonly pageJs: string;
  /** dist/Code.js, read again when the file changes (`npm run build` while the preview runs). */
  code(): string;
  /** dist/<name>.html for HtmlService.createHtmlOutputFromFile. */
  distHtml(name: string): string;
  /** A sidebar's HTML with google.script.run/host for the preview in front of its own scripts. */
  withShim(html: string, functionNames: readonly string[]): string;
}

export async function loadAssets(root: string): Promise<PreviewAssets> {
  const client = join(root, 'dev/preview/client');
  const dist = join(root, 'dist');
  const codePath = join(dist, 'Code.js');
  if (!existsSync(codePath)) throw new Error(`Нет ${codePath}: сначала выполните npm run build`);
  const [pageJs, shimJs] = await Promise.all([
    bundleBrowserScript(join(client, 'page.ts')),
    bundleBrowserScript(join(client, 'shim.ts')),
  ]);
  let cached = { mtimeMs: -1, text: '' };
  return {
    pageHtml: readFileSync(join(client, 'page.html'), 'utf8'),
    pageCss: readFileSync(join(client, 'page.css'), 'utf8'),
    pageJs,
    code() {
      try {
        const { mtimeMs } = statSync(codePath);
        if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, text: readFileSync(codePath, 'utf8') };
      } catch (error) {
        // A build in progress removes dist/ for a moment: keep serving the last Code.js read.
        if (cached.mtimeMs < 0) throw error;
      }
      return cached.text;
    },
    distHtml(name) {
      if (!/^[\w-]+$/.test(name)) throw new Error(`No HTML file named ${name} was found.`);
      return readFileSync(join(dist, `${name}.html`), 'utf8');
    },
    withShim(html, functionNames) {
      const config = JSON.stringify({ functions: functionNames }).replace(/</g, '\\u003c');
      const scripts = `<script>window.__PREVIEW_RPC__ = ${config};</script>\n<script>\n${shimJs}</script>\n`;
      const head = /<head[^>]*>/i.exec(html);
      if (!head) return scripts + html;
      const at = head.index + head[0].length;
      return `${html.slice(0, at)}\n${scripts}${html.slice(at)}`;
    },
  };
}
