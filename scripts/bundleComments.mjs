// Drops the comments esbuild copies into the bundle (those it finds inside object literals,
// argument lists and statements, and its own /* @__PURE__ */ marks, which only a minifier reads).
// They are in src/ anyway, and every byte of Code.js is loaded on each sidebar call and formula
// recalculation (ENGINEERING.md: < 400 KB). Not minification: every line of code stays as esbuild
// printed it, indentation and names included, so an Executions-log line still reads like the
// source; a line that held only a comment goes, and the `// src/…` line before each module stays
// so a line of Code.js can be traced to its file.
import ts from 'typescript';

const MODULE_MARK = /^\/\/ (src|node_modules)\//;

/** Every comment of `code`, found through the parser (never inside a string, template or regex). */
function commentRanges(code) {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const seen = new Set();
  const ranges = [];
  const collect = (list) => {
    for (const range of list ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      ranges.push(range);
    }
  };
  const visit = (node) => {
    collect(ts.getLeadingCommentRanges(code, node.pos));
    collect(ts.getTrailingCommentRanges(code, node.end));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return ranges.sort((a, b) => a.pos - b.pos);
}

/** esbuild's output without its comments, except the module marks. */
export function dropBundleComments(code) {
  let out = '';
  let at = 0;
  for (const { pos, end } of commentRanges(code)) {
    const text = code.slice(pos, end);
    if (MODULE_MARK.test(text)) continue;
    const lineStart = code.lastIndexOf('\n', pos - 1) + 1;
    const lineEnd = code.indexOf('\n', end);
    const before = code.slice(lineStart, pos);
    const after = code.slice(end, lineEnd === -1 ? code.length : lineEnd);
    if (before.trim() === '' && after.trim() === '') {
      // A line of its own (or the last of a block comment): the whole line goes.
      out += code.slice(at, lineStart);
      at = lineEnd === -1 ? code.length : lineEnd + 1;
    } else {
      // Inside a line of code («/* @__PURE__ */ new Map()», «x, // why»): only the comment and
      // the one space that separated it.
      out += code.slice(at, pos);
      at = code[end] === ' ' ? end + 1 : end;
      if (after.trim() === '') out = out.replace(/ +$/, '');
    }
  }
  return out + code.slice(at);
}
