// Every piece of user data reaches the page as text (PRODUCT.md §8): no sidebar source may turn a
// string into markup, and the built pages load nothing from elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIDEBAR = resolve(__dirname, '../../src/sidebar');
const MARKUP_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser)\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('sidebar sources', () => {
  it('never use an API that parses a string as HTML', () => {
    const offending = files(SIDEBAR)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => MARKUP_SINKS.test(readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')))
      .map((file) => relative(SIDEBAR, file));
    expect(offending).toEqual([]);
  });

  it('name no external address in their pages and styles', () => {
    const offending = files(SIDEBAR)
      .filter((file) => /\.(html|css)$/.test(file))
      .filter((file) => /(src|href)\s*=|url\(|@import|https?:\/\//i.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SIDEBAR, file));
    expect(offending).toEqual([]);
  });
});
