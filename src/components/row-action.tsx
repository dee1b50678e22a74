import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { OFFLINE_REASON_ID, useOffline } from '../api/queries/offline';

/**
 * What a row of a マイページ list offers (予約取消, 貸出延長…): a link to its screen, or — not
 * allowed — the same words on a disabled button, described by the reason shown beside it; offline,
 * disabled too, described by the banner that says so (OfflineBanner).
 */
export function RowAction({
  allowed,
  href,
  describedBy,
  children,
}: {
  allowed: boolean;
  href: string;
  describedBy: string | undefined;
  children: ReactNode;
}) {
  const offline = useOffline();
  return allowed && !offline ? (
    <Link className="button button-small" to={href}>
      {children}
    </Link>
  ) : (
    <button type="button" className="button button-small" disabled aria-describedby={offline ? OFFLINE_REASON_ID : describedBy}>
      {children}
    </button>
  );
}
