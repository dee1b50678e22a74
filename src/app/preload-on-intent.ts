import { useEffect } from 'react';
import { preloadScreens } from './routes';

/** What comes just before a link is followed: a pointer over it, a finger on it, the keyboard's focus. */
const intents = ['pointerover', 'touchstart', 'focusin'] as const;

/**
 * A link the patron points at, touches or moves to with the keyboard is about to be followed: the
 * screen it opens is loaded then (`preloadScreens`), in the moment before the click, so that the
 * screen shows at once instead of its loading state. Only the app's own addresses; each screen
 * loads once, however often it is pointed at.
 */
export function usePreloadOnIntent(): void {
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
      void preloadScreens(link.pathname);
    };
    const options = { capture: true, passive: true } as const;
    for (const type of intents) document.addEventListener(type, onIntent, options);
    return () => {
      for (const type of intents) document.removeEventListener(type, onIntent, options);
    };
  }, []);
}
