import { describe, expect, it } from 'vitest';
import { demoStrings } from '../../../src/demo/demo-strings';
import { namespaces } from '../../../src/lib/i18n/resources';

/** Every string file the portal loads, by language and namespace, as i18next is given them. */
const files = import.meta.glob<Record<string, object>>('../../../src/lib/i18n/locales/*/*.ts', { eager: true });
const resources = { ja: {} as Record<string, object>, en: {} as Record<string, object> };
for (const [path, module] of Object.entries(files)) {
  const [, language, namespace] = /locales\/(ja|en)\/([a-z]+)\.ts$/.exec(path)!;
  resources[language as 'ja' | 'en'][namespace!] = module[namespace!]!;
}

/** Every key of a namespace with its words, `fields.q` → 'キーワード'. */
function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}

const variables = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([^,}\s]+)/g)].map((match) => match[1]))].sort();

const languages = {
  ...Object.fromEntries(namespaces.map((namespace) => [namespace, { ja: resources.ja[namespace]!, en: resources.en[namespace]! }])),
  demo: demoStrings,
};

describe('the string files', () => {
  it.each(Object.entries(languages))('of namespace %s have the same keys in Japanese and English', (_namespace, { ja, en }) => {
    expect(entries(en).map(([key]) => key)).toEqual(entries(ja).map(([key]) => key));
  });

  it.each(Object.entries(languages))('of namespace %s fill in the same values in both languages', (_namespace, { ja, en }) => {
    const english = new Map(entries(en));
    for (const [key, words] of entries(ja)) expect(variables(english.get(key) ?? ''), key).toEqual(variables(words));
  });

  it('are every namespace the portal loads, each once', () => {
    expect(Object.keys(resources.ja).sort()).toEqual([...namespaces].sort());
    expect(Object.keys(resources.en).sort()).toEqual([...namespaces].sort());
  });
});
