import type { ReactNode } from 'react';
import type { LibraryInfo } from '../../api/contract/library';
import { useLibraryInfo } from '../../api/queries/library-info';
import { NotFoundRoute } from '../routes/not-found';

/**
 * A page of a feature the library may not offer (お知らせ, 利用者カード): where `GET /library` says it
 * is off (a profile setting, which the demo panel switches), the address is not found, as the menu
 * has no entry for it. Until the library is known (or when it cannot be read, offline) the page shows.
 */
export function OfferedFeature({ feature, children }: { feature: keyof LibraryInfo['features']; children: ReactNode }) {
  const offered = useLibraryInfo().data?.features[feature];
  return offered === false ? <NotFoundRoute /> : children;
}
