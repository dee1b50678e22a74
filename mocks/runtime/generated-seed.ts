import { profiles } from '../profiles/profiles';
import { seedLibrary } from '../seed/seed-library';
import { keptSeed, type SeedSource } from './library-host';

const sources = new Map<string, SeedSource>();

/**
 * Node's seed (tests, `npm run api`): each profile generated in-process, once per process for each
 * size and PBKDF2 cost, since tests start many fresh libraries. The page loads the build's instead.
 */
export function generatedSeed(options: { titleCount?: number; hashIterations?: number } = {}): SeedSource {
  const key = `${options.titleCount}:${options.hashIterations}`;
  let source = sources.get(key);
  if (!source) sources.set(key, (source = keptSeed((profileId) => seedLibrary({ profile: profiles[profileId], ...options }))));
  return source;
}
