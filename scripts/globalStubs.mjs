// Apps Script sees only top-level function declarations, and esbuild drops comments: so each
// export of main.ts gets a stub carrying the JSDoc of its real declaration (Sheets shows a custom
// function's JSDoc as help while the user types) and its real parameter names.
import ts from 'typescript';

function jsDocOf(declaration) {
  const text = declaration.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  const docs = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
  return docs.at(-1) ?? '';
}

/** Parses main.ts with the type checker, following re-exports to the declaring files. */
export function globalStubs(entryFile) {
  const program = ts.createProgram([entryFile], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['google-apps-script'],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const stubs = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!declaration)
      throw new Error(`main.ts exports ${exported.name}, which is not a function declaration`);
    const name = exported.name;
    const params = declaration.parameters.map((p) => p.name.getText());
    const doc = jsDocOf(declaration);
    stubs.push(
      `${doc}\nfunction ${name}(${params.join(', ')}) {\n  return __addon.${name}(${params.join(', ')});\n}`,
    );
  }
  return { text: stubs.join('\n\n') + '\n', count: stubs.length };
}
