import type { LibrarySettings } from '../../src/api/contract/simulation';
import type { LibraryProfile } from './profile';

/** Where a running library keeps the settings a designer switched in the demo panel (its meta table). */
export const SETTINGS_KEY = 'settings';

/**
 * The profile with the demo panel's switches applied: 保留 turned off where the profile offers it
 * (and back on, with the profile's own limit), My本棚, 読書マラソン, calendars (.ics), お知らせ, 利用者カード and 予約内容変更 on or off
 * whatever the profile says. Unswitched, it is the profile itself.
 */
export function withSettings(profile: LibraryProfile, settings: LibrarySettings | undefined): LibraryProfile {
  if (!settings) return profile;
  const { reservationHold, shelves, readingMarathon, calendars, notices, libraryCard, reservationChanges } = settings;
  const features = {
    ...profile.features,
    ...(shelves === undefined ? {} : { shelves }),
    ...(readingMarathon === undefined ? {} : { readingMarathon }),
    ...(calendars === undefined ? {} : { calendars }),
    ...(notices === undefined ? {} : { notices }),
    ...(libraryCard === undefined ? {} : { libraryCard }),
    ...(reservationChanges === undefined ? {} : { reservationChanges }),
  };
  const hold = reservationHold === false ? null : profile.reservations.hold;
  return { ...profile, features, reservations: { ...profile.reservations, hold } };
}
