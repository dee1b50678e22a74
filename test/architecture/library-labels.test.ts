import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profiles } from '../../mocks/profiles/profiles';

// No dead labels: every key a profile words (`labels`, served as GET /library → labels) is one the
// app asks the library for, through useLibraryLabel or useLibraryWording, by name or as the start
// of a key it builds (`reservation.state.${state}`).

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The first argument of every call of the library's wording in the app: a key, or a template's fixed start. */
function keysAskedFor(sources: string[]) {
  const call = /\b(?:label|wording|ownLabel|libraryLabel|useLibraryLabel\(\)|useLibraryWording\(\))\(\s*(?:'([^']+)'|`([^`$]+)(\$\{)?)/g;
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(call)) {
      if (match[1]) exact.add(match[1]);
      else if (match[3]) prefixes.add(match[2]!);
      else exact.add(match[2]!);
    }
  }
  return { exact, prefixes };
}

const asked = keysAskedFor(sourcesUnder(join(import.meta.dirname, '../../src')));

describe('the label tables', () => {
  it('finds the calls it reads (a check that could not fail would prove nothing)', () => {
    expect(asked.exact).toContain('nav.cart');
    expect(asked.prefixes).toContain('reservation.state.');
  });

  it.each(Object.values(profiles).map((profile) => [profile.id, Object.keys(profile.labels)] as const))(
    '%s sets no label the app does not use',
    (_id, keys) => {
      const unused = keys.filter((key) => !asked.exact.has(key) && ![...asked.prefixes].some((prefix) => key.startsWith(prefix)));
      expect(unused).toEqual([]);
    },
  );
});
