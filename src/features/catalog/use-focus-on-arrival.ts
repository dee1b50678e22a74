import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { ListNavigationState } from './catalog-links';

/**
 * After the patron moves to another search or page, screen readers start again at the results
 * heading once its results are in. The first page of a visit, and changes made from a select the
 * patron is still on, leave focus where it is.
 */
export function useFocusOnArrival(ref: RefObject<HTMLElement | null>, ready: boolean) {
  const location = useLocation();
  const done = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!ready || done.current === location.key) return;
    done.current = location.key;
    const keepFocus = (location.state as ListNavigationState | null)?.keepFocus === true;
    if (location.key === 'default' || keepFocus) return;
    ref.current?.focus();
  }, [ready, location.key, location.state, ref]);
}
