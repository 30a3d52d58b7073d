// Reads the built add-on in dist/ and the source it was built from, for the bundle tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export function readDist(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(path, 'utf8');
}

/** Reads dist/<name>.html for HtmlService.createHtmlOutputFromFile. */
export const distHtmlLoader = (name: string): string => readDist(`${name}.html`);

export interface StubTag {
  readonly tag: string;
  readonly name: string | null;
  readonly optional: boolean;
  readonly text: string;
}

/** A top-level function declaration of Code.js: what Apps Script lists and calls. */
export interface TopLevelFunction {
  readonly name: string;
  readonly params: readonly string[];
  readonly description: string;
  readonly tags: readonly StubTag[];
  readonly body: string;
}

export function topLevelFunctions(codeJs: string): TopLevelFunction[] {
  const source = ts.createSourceFile('Code.js', codeJs, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  return source.statements.filter(ts.isFunctionDeclaration).map((fn) => {
    const doc = ts.getJSDocCommentsAndTags(fn).filter(ts.isJSDoc).at(-1);
    return {
      name: fn.name?.text ?? '',
      params: fn.parameters.map((p) => p.name.getText()),
      description: ts.getTextOfJSDocComment(doc?.comment)?.trim() ?? '',
      tags: (doc?.tags ?? []).map((t) => ({
        tag: t.tagName.text,
        name: ts.isJSDocParameterTag(t) ? t.name.getText() : null,
        optional: ts.isJSDocParameterTag(t) ? t.isBracketed : false,
        text: ts.getTextOfJSDocComment(t.comment)?.trim() ?? '',
      })),
      body: fn.body?.getText() ?? '',
    };
  });
}

/** The names src/server/main.ts exports, read by the type checker (re-exports followed). */
export function mainExports(): string[] {
  const entry = join(ROOT, 'src/server/main.ts');
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['google-apps-script'],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('cannot read src/server/main.ts');
  return checker.getExportsOfModule(moduleSymbol).map((s) => s.name);
}

/** The sidebars the build must ship: one per src/sidebar/<name>/main.ts (lib is shared code). */
export function sidebarNames(): string[] {
  const dir = join(ROOT, 'src/sidebar');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'lib' && existsSync(join(dir, d.name, 'main.ts')))
    .map((d) => d.name);
}

export function distFiles(): string[] {
  return readdirSync(DIST).sort();
}
