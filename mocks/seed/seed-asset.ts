import { gzipSync } from 'node:zlib';
import type { ProfileId } from '../../src/api/contract/library';
import { encodeTables } from '../db/table-encoding';
import { profiles } from '../profiles/profiles';
import { seedLibrary } from './seed-library';

/** The profiles the build ships a seed for: all of them. */
export const seedAssetProfiles = Object.keys(profiles) as ProfileId[];

/**
 * A profile's seed as the mock build ships it (and the dev server answers it, see vite.config.ts):
 * generated with the default options, encoded in columns (`encodeTables`), gzipped at zlib's
 * default level (level 9 makes it 2 % smaller in three times the time). Node only.
 */
export async function seedAsset(profileId: ProfileId): Promise<Uint8Array> {
  return gzipSync(encodeTables(await seedLibrary({ profile: profiles[profileId] })));
}
