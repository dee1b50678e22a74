import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { loadStrings } from '../lib/i18n/i18n';
import './demo-launcher.css';

// The panel's code and strings load only once it is opened: a patron's pages never wait for them.
// With them the portal's `reservation` strings its errors use, which a page may not have loaded:
// a part of the panel waiting for strings after it opened would hide the panel, and its focus with it.
const DemoPanel = lazy(() => Promise.all([import('./demo-panel'), loadStrings(['reservation'])]).then(([module]) => module));

const PANEL_ID = 'demo-panel';

/** Whether the panel is open, for the life of the tab: a reload leaves it as it was. */
export const useDemoOpen = create<{ open: boolean; setOpen: (open: boolean) => void }>()(
  persist((set) => ({ open: false, setOpen: (open) => set({ open }) }), {
    name: 'shiori.demo.open',
    storage: createJSONStorage(() => sessionStorage),
  }),
);

// The launcher's two words travel with it; the panel brings the rest of its strings.
const words = {
  ja: { button: 'デモ', title: 'デモパネル（Alt+Shift+D）' },
  en: { button: 'Demo', title: 'Demo panel (Alt+Shift+D)' },
} as const;

/** Alt+Shift+D, by the key's place: on a Mac, Option+Shift+D types a character instead of D. */
const isShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyD';

/**
 * The discreet way into the demo panel of the simulated library: a small button in a corner and
 * Alt+Shift+D. Closing the panel puts focus back on the button.
 */
export function DemoLauncher() {
  const { i18n } = useTranslation();
  const text = i18n.language === 'en' ? words.en : words.ja;
  const open = useDemoOpen((state) => state.open);
  const setOpen = useDemoOpen((state) => state.setOpen);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Focus moves into the panel when the designer opens it, not when a reload finds it open.
  const [openedNow, setOpenedNow] = useState(false);
  const wasOpen = useRef(open);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      const next = !useDemoOpen.getState().open;
      setOpenedNow(next);
      setOpen(next);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [setOpen]);

  // Back to the button once the panel is gone (on a phone the button shows again only then).
  useLayoutEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const toggle = () => {
    setOpenedNow(!open);
    setOpen(!open);
  };

  return (
    <>
      <div className="demo-launcher-room" aria-hidden="true" />
      {/* On a phone the button sits on a strip of its own, which the page's text scrolls behind instead of under the button. */}
      <div className={open ? 'demo-launcher-strip demo-launcher-strip-open' : 'demo-launcher-strip'}>
        <button
          ref={buttonRef}
          type="button"
          className="demo-launcher"
          aria-expanded={open}
          aria-controls={open ? PANEL_ID : undefined}
          aria-keyshortcuts="Alt+Shift+D"
          title={text.title}
          onClick={toggle}
        >
          {text.button}
        </button>
      </div>
      {open ? (
        <Suspense fallback={null}>
          <DemoPanel id={PANEL_ID} focusOnOpen={openedNow} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
