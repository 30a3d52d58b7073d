// Bundles each sidebar (src/sidebar/<name>/main.ts + style.css, in the shared page shell
// src/sidebar/lib/page.html) into one HTML file: no external script or stylesheet, as an add-on
// sidebar needs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export async function buildSidebars(root, dist) {
  const sidebarRoot = join(root, 'src/sidebar');
  const names = readdirSync(sidebarRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'lib' && existsSync(join(sidebarRoot, d.name, 'main.ts')))
    .map((d) => d.name);
  for (const name of names) {
    const dir = join(sidebarRoot, name);
    const script = await esbuild.build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      write: false,
      charset: 'utf8',
    });
    // src/sidebar/lib/base.css is shared by every sidebar and comes first.
    const css = [join(sidebarRoot, 'lib', 'base.css'), join(dir, 'style.css')]
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // "</script" inside the bundle would end the inline script early.
    const js = script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    const html = readFileSync(join(sidebarRoot, 'lib', 'page.html'), 'utf8')
      .replace('<!--STYLE-->', () => `<style>\n${css}</style>`)
      .replace('<!--SCRIPT-->', () => `<script>\n${js}</script>`);
    writeFileSync(join(dist, `${name}.html`), html);
  }
  return names;
}
