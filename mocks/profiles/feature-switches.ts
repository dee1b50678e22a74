import type { FeatureSwitches } from '../../src/api/contract/simulation';
import type { LibraryProfile } from './profile';

/** Where a library keeps a designer's switches (the demo panel's): in its meta table, so that a saved scenario keeps them and a reset forgets them. */
export const FEATURE_SWITCHES_KEY = 'feature-switches';

/** The profile with a designer's switches of its optional features applied. */
export function withFeatureSwitches(profile: LibraryProfile, switches: FeatureSwitches): LibraryProfile {
  return { ...profile, features: { ...profile.features, ...switches } };
}
