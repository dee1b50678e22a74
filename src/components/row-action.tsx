import type { ReactNode } from 'react';
import { OFFLINE_REASON_ID } from '../api/queries/offline';

/**
 * What a row of a マイページ list offers (予約取消, 貸出延長…): a link to its screen, or — not
 * allowed — the same words on a disabled button, described by the reason shown beside it; offline,
 * disabled too, described by the banner that says so (OfflineBanner). A row holds no hook: the
 * list says whether it is offline, and follows the plain link inside the app (useFollowLinks).
 */
export function RowAction({
  allowed,
  offline,
  href,
  describedBy,
  children,
}: {
  allowed: boolean;
  offline: boolean;
  href: string;
  describedBy: string | undefined;
  children: ReactNode;
}) {
  return allowed && !offline ? (
    <a className="button button-small" href={href}>
      {children}
    </a>
  ) : (
    <button type="button" className="button button-small" disabled aria-describedby={offline ? OFFLINE_REASON_ID : describedBy}>
      {children}
    </button>
  );
}
