// The build drops the comments esbuild keeps and nothing else: every token of code stays.
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { dropBundleComments } from '../../scripts/bundleComments.mjs';
import { ROOT } from './builtArtefact';

/** The code with comments and layout set aside: what runs. */
function tokens(code: string): string {
  const source = ts.createSourceFile('x.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}

describe('dropBundleComments', () => {
  it('drops comment lines, trailing comments and pure marks', () => {
    const code = [
      'var a = {',
      '  // why a is one',
      '  one: 1,',
      '  two: 2, // why two',
      '  /** a JSDoc line */',
      '  three: /* @__PURE__ */ new Map()',
      '};',
    ].join('\n');
    expect(dropBundleComments(code)).toBe(
      ['var a = {', '  one: 1,', '  two: 2,', '  three: new Map()', '};'].join('\n'),
    );
  });

  it('keeps the // src/… line that names each module', () => {
    const code = '  // src/core/x.ts\n  var x = 1;\n';
    expect(dropBundleComments(code)).toBe(code);
  });

  it('keeps what only looks like a comment inside strings, templates and regular expressions', () => {
    const code = [
      'var url = "https://drive.google.com/x"; // the folder',
      'var t = `first',
      '// not a comment',
      '/* nor this */ x`;',
      'var r = /\\/\\/ x/;',
    ].join('\n');
    const out = dropBundleComments(code);
    expect(out).toContain('"https://drive.google.com/x";\n');
    expect(out).not.toContain('the folder');
    expect(out).toContain('`first\n// not a comment\n/* nor this */ x`');
    expect(out).toContain('/\\/\\/ x/');
  });

  it('leaves every token of the real bundle and every line that is not a comment', async () => {
    const built = await esbuild.build({
      entryPoints: [`${ROOT}/src/server/main.ts`],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      platform: 'neutral',
      write: false,
      charset: 'utf8',
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]!.text;
    const out = dropBundleComments(code);
    expect(out.length).toBeLessThan(code.length);
    expect(tokens(out)).toBe(tokens(code));
    // Lines that hold only a comment: `// …`, and `/* … */` on one line or over several.
    let inBlock = false;
    const commentOnly = code.split('\n').map((line) => {
      const text = line.trim();
      if (inBlock) {
        inBlock = !text.includes('*/');
        return true;
      }
      if (text.startsWith('//') && !/^\/\/ src\//.test(text)) return true;
      if (text.startsWith('/*')) {
        inBlock = !text.includes('*/');
        return true;
      }
      return false;
    });
    const kept = new Set(out.split('\n'));
    const lost = code.split('\n').filter((line, i) => !commentOnly[i] && !kept.has(line));
    // A line that changed only lost a trailing comment or a /* @__PURE__ */ mark.
    for (const line of lost) expect(line).toMatch(/\/\/|\/\*/);
    expect(out.split('\n').length).toBe(commentOnly.filter((only) => !only).length);
    // Parsing and printing the whole bundle twice takes seconds on a shared machine.
  }, 60_000);
});
