// The elements of custom-elements.json as the wrapper generators need them (React:
// scripts/generate-react.mjs, Vue: scripts/generate-vue.mjs): tag, class, summary, the module
// that registers it, its events, and its writable public properties.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestPath = `${root}/custom-elements.json`;

export const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** 'pay-card-submit' → 'onPayCardSubmit'. */
export const eventProp = (name) => `on${name.split('-').map((part) => part[0].toUpperCase() + part.slice(1)).join('')}`;

/** A JSDoc line from manifest text: one line, no comment terminator. */
export const docText = (text) => (text ?? '').replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();

/**
 * The module that registers `tagName`: by the project's layout the `<tag>.ts` file next to
 * the class (src/components/card-form/pay-card-form.ts), which also re-exports the class.
 */
function registrationModule(classPath, className, tagName) {
  const expected = posix.join(posix.dirname(classPath), `${tagName}.ts`);
  const module = manifest.modules.find((candidate) => candidate.path === expected);
  if (!module || !(module.exports ?? []).some((entry) => entry.kind === 'js' && entry.name === className)) {
    throw new Error(`generate-react: <${tagName}> (${className}) has no registration module ${expected} re-exporting the class`);
  }
  return expected;
}

export function collectElements() {
  if (!manifest.modules?.length) throw new Error('no modules in custom-elements.json (run `npm run analyze`)');
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.customElement || !declaration.tagName) continue;
      const events = [...new Map((declaration.events ?? []).filter((event) => event.name).map((event) => [event.name, event])).values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'en'));
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        summary: docText(declaration.summary),
        module: registrationModule(module.path, declaration.name, declaration.tagName),
        events: events.map((event) => ({ name: event.name, prop: eventProp(event.name), description: docText(event.description) })),
        // Settable from a framework: public instance fields that are not read-only.
        properties: (declaration.members ?? [])
          .filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.readonly)
          .map((member) => member.name)
          .sort((a, b) => a.localeCompare(b, 'en')),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName, 'en'));
}

export function importPath(outDir, modulePath) {
  const path = relative(outDir, modulePath).split('\\').join('/').replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}


/** Writes `text` to `path` only when it changed; returns whether it did. */
export function writeIfChanged(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // first run
  }
  if (current !== text) writeFileSync(path, text);
  return current !== text;
}

export { root };
