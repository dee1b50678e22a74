import type { RankingKind } from '../../api/contract/catalogue';

/** Which list a detail page was opened from, so that it can offer the way back. */
type BackKind = 'results' | 'newArrivals' | RankingKind;

export interface BackLink {
  kind: BackKind;
  href: string;
}

/** What a title link carries in the history entry it opens. */
export interface TitleLinkState {
  back?: BackLink;
}

export function backLinkOf(state: unknown): BackLink | null {
  const back = (state as TitleLinkState | null)?.back;
  return back && typeof back.href === 'string' && back.href.startsWith('/') ? back : null;
}

/** A list navigation that must leave focus where it is (a sort or filter select the patron is still on). */
export interface ListNavigationState {
  keepFocus?: boolean;
}
