// Launches the system Chromium headless for the browser tests: never a downloaded browser.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Locator } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS = resolve(__dirname, '../../test-artifacts');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/** Where a test saves what a person would want to look at after a run. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

const DOCS_SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');

/**
 * Saves a screenshot as a test artefact; with UPDATE_SCREENSHOTS=1 also as the README's picture
 * in docs/screenshots (committed), so a normal run never dirties the working tree.
 */
export async function saveScreenshot(target: Locator, name: string): Promise<void> {
  const path = artifactPath(name);
  await target.screenshot({ path });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(path, join(DOCS_SCREENSHOTS, name));
  }
}
