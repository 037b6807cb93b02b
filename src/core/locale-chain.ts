/**
 * Which locales a message is looked up in, closest first, always ending in English:
 * `fr-CH` → `fr` → `en`; `pt` and `pt-AO` → `pt-PT` (Portugal's Portuguese, SIBS's market;
 * `pt-BR` is its own); `zh`, `zh-Hans`, `zh-SG` → `zh-CN`, while `zh-Hant` / `zh-TW` fall to
 * English (as CLDR keeps Traditional Chinese off Simplified); `no` and `nn` → `nb`. Tags are
 * lower case here, as `registerMessages` stores them.
 */
const LANGUAGE_DEFAULT: Readonly<Record<string, string>> = { pt: 'pt-pt', no: 'nb', nn: 'nb' };

const chains = new Map<string, readonly string[]>();

export function localeChain(locale: string): readonly string[] {
  let chain = chains.get(locale);
  if (!chain) {
    const tags = [locale.toLowerCase()];
    try {
      const tag = new Intl.Locale(locale);
      const { language, region } = tag;
      if (region) tags.push(`${language}-${region}`.toLowerCase());
      if (language === 'zh') {
        if ((tag.script ?? tag.maximize().script) === 'Hans') tags.push('zh', 'zh-cn');
      } else {
        tags.push(language, LANGUAGE_DEFAULT[language] ?? language);
      }
    } catch {
      // Not a tag Intl reads: the tag itself, then English.
    }
    chain = [...new Set([...tags, 'en'])];
    chains.set(locale, chain);
  }
  return chain;
}
