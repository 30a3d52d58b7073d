/** esbuild's output without its comments, except the `// src/…` module marks. */
export function dropBundleComments(code: string): string;
