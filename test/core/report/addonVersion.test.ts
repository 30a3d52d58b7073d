import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ADDON_VERSION } from '../../../src/core/report/addonVersion';

it('names the version of package.json in «Источники»', () => {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as {
    version: string;
  };
  expect(ADDON_VERSION).toBe(pkg.version);
});
