import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * One click handler for the links of a long list, put on the list's element: its rows draw plain
 * `<a href>` and the list follows them inside the app, as react-router's Link would. A Link per
 * row runs a dozen hooks and two effects when the row is drawn and again when it goes, and
 * 貸出状況 or 予約状況 draws 200 rows with up to five links each on a tab switch and drops the
 * other tab's as many. A click Link handles itself (default prevented), one with a modifier key,
 * another button or another target, and an address outside the app are left to the browser.
 */
export function useFollowLinks(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const href = link?.getAttribute('href');
      if (!link || !href || !event.currentTarget.contains(link) || (link.target && link.target !== '_self')) return;
      if (!href.startsWith('/') || href.startsWith('//')) return;
      event.preventDefault();
      void navigate(href);
    },
    [navigate],
  );
}
