import type { LibrarySettings } from '../../../src/api/contract/simulation';
import { SETTINGS_KEY } from '../../profiles/settings';
import type { Library } from '../../runtime/library-host';

/**
 * A designer switches a setting of the running library's rules in the demo panel. What it already
 * did stays: a reservation held before 保留 was turned off resumes on its day as promised.
 */
export function setLibrarySettings(library: Library, change: LibrarySettings): LibrarySettings {
  const { meta } = library.db.tables;
  const stored = meta.get(SETTINGS_KEY);
  const settings = { ...(stored?.value as LibrarySettings | undefined), ...change };
  if (stored) meta.update(SETTINGS_KEY, { value: settings });
  else meta.insert({ key: SETTINGS_KEY, value: settings });
  return settings;
}
