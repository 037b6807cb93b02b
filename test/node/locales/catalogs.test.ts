/**
 * The shipped translations against the English catalogs: the 22 locales of issue 11 are all
 * there, each complete (every catalog, every key), with the same `{placeholders}`, no message
 * left in English, and each catalog's generated loaders (src/locales/<catalog>.ts) listing
 * exactly the locales that translate it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { englishCatalogs, loadTranslation as load, localeProblems } from './english-catalogs.js';

const localesDir = resolve(import.meta.dirname, '../../../src/locales');
export const LOCALES = ['en-IN', 'hi', 'it', 'pt-PT', 'pt-BR', 'es', 'fr', 'de', 'nl', 'pl', 'sv', 'da', 'fi', 'nb', 'cs', 'ro', 'el', 'tr', 'ja', 'zh-CN', 'ar', 'he'];

test('every locale of the issue has a folder, and no other folder exists', () => {
  const folders = readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  assert.deepEqual(folders.sort(), [...LOCALES].sort());
});

for (const locale of LOCALES) {
  test(`${locale}: complete, placeholders as in English, nothing left in English`, async () => {
    assert.deepEqual(await localeProblems(locale), []);
  });
}

test('a control’s accessible name contains its visible words in every locale (WCAG 2.5.3): `key.label` holds `key`', async () => {
  const problems: string[] = [];
  for (const { name, messages } of await englishCatalogs()) {
    const pairs = Object.keys(messages).filter((key) => `${key}.label` in messages && messages[`${key}.label`]!.includes(messages[key]!));
    for (const locale of LOCALES) {
      if (!existsSync(resolve(localesDir, locale, `${name}.ts`))) continue;
      const translated = await load(locale, name);
      for (const key of pairs) {
        const [visible, label] = [translated[key], translated[`${key}.label`]];
        if (visible && label && !label.toLocaleLowerCase(locale).includes(visible.toLocaleLowerCase(locale))) problems.push(`${locale} ${key}.label "${label}" lacks "${visible}"`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('each generated catalog loads exactly the locales that translate it (run `npm run analyze` when not)', async () => {
  for (const { name } of await englishCatalogs()) {
    const table = ((await import(pathToFileURL(resolve(localesDir, `${name}.ts`)).href)) as { default: Record<string, unknown> }).default;
    const translating = LOCALES.filter((locale) => existsSync(resolve(localesDir, locale, `${name}.ts`))).map((l) => l.toLowerCase());
    assert.deepEqual(Object.keys(table).sort(), translating.sort(), name);
  }
});
