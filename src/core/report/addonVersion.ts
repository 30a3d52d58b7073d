// The version «Источники» names: package.json's, checked by a test so the two cannot drift.
export const ADDON_VERSION = '0.1.0';
