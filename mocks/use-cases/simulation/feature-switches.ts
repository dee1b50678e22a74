import type { FeatureSwitches } from '../../../src/api/contract/simulation';
import { FEATURE_SWITCHES_KEY } from '../../profiles/feature-switches';
import type { Library } from '../../runtime/library-host';

/** A designer switches the library's optional features on or off (the demo panel); the answer is how they now stand. */
export function setFeatureSwitches(library: Library, switches: FeatureSwitches): { shelves: boolean; readingMarathon: boolean } {
  const { meta } = library.db.tables;
  const kept = (meta.get(FEATURE_SWITCHES_KEY)?.value ?? {}) as FeatureSwitches;
  meta.put({ key: FEATURE_SWITCHES_KEY, value: { ...kept, ...switches } });
  const { shelves, readingMarathon } = library.profile.features;
  return { shelves, readingMarathon };
}
