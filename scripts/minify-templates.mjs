// Build-time minification of Lit's `html`, `svg` and `css` tagged templates, which minifiers leave
// as written: otherwise the indentation of every template is shipped to every shopper. Only the
// static text of those templates changes (never `${…}` expressions, never other literals, such as
// the diagnostics' server config snippets whose indentation matters): a run of white space that
// holds a line break becomes one line break (HTML and CSS treat both alike); in CSS, comments and
// the spaces around `{ } ; ,` go too. TypeScript's parser finds the templates, so comments,
// strings and regular expressions are never mistaken for them.
// Used by the vite builds (a `pre` transform of src/) and the bench's esbuild bundles.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

function minifyStatic(text, tag) {
  if (tag !== 'css') return text.replace(/\s*\n\s*/g, '\n');
  // Spaces around `{`, `}`, `;` and `,` never matter in CSS; around `:` they may (`a :hover`), but
  // not after a property name (`{color: red` → `{color:red`); the last `;` of a block is optional.
  return text.replace(/\/\*[^]*?\*\//g, '').replace(/\s*([{};,])\s*/g, '$1').replace(/\s*\n\s*/g, '\n')
    .replace(/([{;][\w-]+):\s+/g, '$1:').replace(/;}/g, '}');
}

/** [from, to) of a template piece's own text, without its backtick, `${` or `}` delimiters. */
function pieceRange(node, source) {
  const closesWithExpression = node.kind === ts.SyntaxKind.TemplateHead || node.kind === ts.SyntaxKind.TemplateMiddle;
  return [node.getStart(source) + 1, node.end - (closesWithExpression ? 2 : 1)];
}

/** `code` with the static text of every html/svg/css tagged template minified. */
export function minifyTemplates(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) edits.push([...pieceRange(piece, source), node.tag.text]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [from, to, tag] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, from) + minifyStatic(out.slice(from, to), tag) + out.slice(to);
  }
  return out;
}

const isSource = (id) => /[\\/]src[\\/].*\.ts$/.test(id) && !id.includes('node_modules');

/** Vite/rolldown plugin: minifies the templates of the library's own sources before they are compiled. */
export function viteMinifyTemplates() {
  return {
    name: 'pay-elements-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      return isSource(id) ? { code: minifyTemplates(code, id), map: null } : null;
    },
  };
}

/** esbuild plugin: the same for the bench's bundles. */
export function esbuildMinifyTemplates() {
  return {
    name: 'pay-elements-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
        contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}
