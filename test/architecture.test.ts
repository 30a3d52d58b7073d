// The rings of ENGINEERING.md, checked on the import lines of every source file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importedRings(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(/from\s+'(\.[^']+)'/g)].map((m) => resolve(join(file, '..'), m[1]!));
  return targets.map((target) => relative(SRC, target).split('/')[0]!);
}

function withoutComments(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
}

const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  shared: ['shared'],
  server: ['core', 'shared', 'server'],
  sidebar: ['shared', 'sidebar'],
};

describe('rings', () => {
  for (const ring of Object.keys(ALLOWED)) {
    it(`src/${ring} imports only from ${ALLOWED[ring]!.join(', ')}`, () => {
      const offending = sourceFiles(join(SRC, ring)).flatMap((file) =>
        importedRings(file)
          .filter((target) => !ALLOWED[ring]!.includes(target))
          .map((target) => `${relative(SRC, file)} → ${target}`),
      );
      expect(offending).toEqual([]);
    });
  }

  it('only src/server/adapters and entry points name the Apps Script services', () => {
    const services =
      /\b(SpreadsheetApp|HtmlService|PropertiesService|LockService|ScriptApp|DriveApp|DocumentApp|Charts|Sheets\.Spreadsheets)\./;
    const offending = sourceFiles(join(SRC, 'server'))
      .filter((file) => !/\/(adapters|entries)\//.test(file) && services.test(withoutComments(file)))
      .map((file) => relative(SRC, file));
    expect(offending).toEqual([]);
  });
});
