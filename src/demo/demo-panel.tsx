import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next, languages } from '../lib/i18n/i18n';
import { CounterTab } from './counter-tab';
import { demoStrings } from './demo-strings';
import { demoTabs, useDemoStore, type DemoTab } from './demo-store';
import { LibraryTab } from './library-tab';
import { MailTab } from './mail-tab';
import { NetworkTab } from './network-tab';
import { ScenariosTab } from './scenarios-tab';
import { TimeTab } from './time-tab';
import './demo-panel.css';

for (const language of languages) i18next.addResourceBundle(language, 'demo', demoStrings[language], true, true);

interface DemoPanelProps {
  id: string;
  /** The designer just opened it: reading starts at its heading. */
  focusOnOpen: boolean;
  onClose: () => void;
}

/**
 * The demo panel of the simulated library: a side sheet beside the app (a bottom sheet on a phone)
 * that leaves the app usable, with one tab per thing a designer does — library and patron, time,
 * the counter, the mailbox, the network, scenarios. Escape closes it.
 */
export default function DemoPanel({ id, focusOnOpen, onClose }: DemoPanelProps) {
  const { t } = useTranslation('demo');
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tab = useDemoStore((state) => state.tab);
  const setTab = useDemoStore((state) => state.setTab);

  useLayoutEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [focusOnOpen]);

  // At a desk the app moves aside for the sheet rather than hide under it.
  useEffect(() => {
    document.documentElement.classList.add('demo-panel-open');
    return () => document.documentElement.classList.remove('demo-panel-open');
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };

  return (
    <aside id={id} className="demo-panel" data-panel="shiori-demo-panel" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="demo-panel-top">
        <div className="demo-panel-header">
          <div>
            <h2 id={headingId} ref={headingRef} tabIndex={-1}>
              {t('panel.title')}
            </h2>
            <p className="demo-panel-shortcut">{t('panel.shortcut')}</p>
          </div>
          <button type="button" className="button button-small" aria-label={t('panel.close')} onClick={onClose}>
            {t('panel.closeShort')}
          </button>
        </div>
        <DemoTabs tab={tab} onSelect={setTab} />
      </div>
      <div role="tabpanel" id={`demo-tabpanel-${tab}`} aria-labelledby={`demo-tab-${tab}`} className="demo-tabpanel">
        {tab === 'library' ? <LibraryTab /> : null}
        {tab === 'time' ? <TimeTab /> : null}
        {tab === 'counter' ? <CounterTab /> : null}
        {tab === 'mail' ? <MailTab onFollowLink={onClose} /> : null}
        {tab === 'network' ? <NetworkTab /> : null}
        {tab === 'scenarios' ? <ScenariosTab /> : null}
      </div>
    </aside>
  );
}

const step: Record<string, (index: number) => number> = {
  ArrowRight: (index) => index + 1,
  ArrowLeft: (index) => index - 1,
  Home: () => 0,
  End: () => demoTabs.length - 1,
};

/** The sections as ARIA tabs: one tab stop, the arrows (and Home, End) move between them. */
function DemoTabs({ tab, onSelect }: { tab: DemoTab; onSelect: (tab: DemoTab) => void }) {
  const { t } = useTranslation('demo');
  const buttons = useRef(new Map<DemoTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const move = step[event.key];
    if (!move) return;
    event.preventDefault();
    const next = demoTabs[(move(demoTabs.indexOf(tab)) + demoTabs.length) % demoTabs.length]!;
    onSelect(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <div role="tablist" aria-label={t('panel.sections')} className="demo-tabs" onKeyDown={onKeyDown}>
      {demoTabs.map((key) => (
        <button
          key={key}
          ref={(element) => {
            if (element) buttons.current.set(key, element);
            else buttons.current.delete(key);
          }}
          type="button"
          role="tab"
          id={`demo-tab-${key}`}
          aria-selected={key === tab}
          aria-controls={key === tab ? `demo-tabpanel-${key}` : undefined}
          tabIndex={key === tab ? 0 : -1}
          onClick={() => onSelect(key)}
        >
          {t(`tabs.${key}`)}
        </button>
      ))}
    </div>
  );
}
