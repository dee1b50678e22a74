import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimEvent } from '../api/contract/simulation';
import { formatDayTime } from '../lib/format-date';
import { currentLanguage } from '../lib/i18n/i18n';
import { useDemoStore, type LogBatch, type LogCause } from './demo-store';
import { useEventSentence } from './event-sentence';

/** What made a batch of events: +1日進めた, 窓口：返却… */
function useCauseText() {
  const { t } = useTranslation('demo');
  const language = currentLanguage();
  return (cause: LogCause): string => {
    switch (cause.kind) {
      case 'advanced':
        return t('cause.advanced', { amount: t(`time.by.${cause.minutes}`) });
      case 'moved-to':
        return t('cause.movedTo', { time: formatDayTime(cause.now, language) });
      case 'clock':
        return t(cause.running ? 'time.start' : 'time.stop');
      case 'counter':
        return t('cause.counter', { action: t(`counter.actions.${cause.action}`) });
    }
  };
}

/** The events of a batch as sentences, one per line. */
export function EventSentences({ events }: { events: SimEvent[] }) {
  const sentence = useEventSentence();
  return (
    <ul className="demo-events">
      {events.map((event, n) => (
        <li key={n} className={`demo-event demo-event-${event.kind}`}>
          {sentence(event)}
        </li>
      ))}
    </ul>
  );
}

const background = (events: SimEvent[]) => events.filter((event) => !event.demoPatron).length;

/**
 * 出来事の記録: what the library did each time the clock moved or the counter acted, newest first,
 * as sentences a designer can read aloud. The library's other patrons are many; what happens to
 * them is counted, and shown only when asked for.
 */
export function EventLog() {
  const { t } = useTranslation('demo');
  const id = useId();
  const causeText = useCauseText();
  const language = currentLanguage();
  const log = useDemoStore((state) => state.log);
  const showAll = useDemoStore((state) => state.showAll);
  const setShowAll = useDemoStore((state) => state.setShowAll);
  const clearLog = useDemoStore((state) => state.clearLog);
  const shown = (batch: LogBatch) => (showAll ? batch.events : batch.events.filter((event) => event.demoPatron));
  const backgroundCount = log.reduce((sum, batch) => sum + background(batch.events), 0);
  const latest = log[0];
  const latestCount = latest ? shown(latest).length : 0;

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('log.heading')}</h3>
      <p className="visually-hidden" role="status">
        {latest ? `${causeText(latest.cause)}: ${latestCount > 0 ? t('log.announce', { count: latestCount }) : t('log.announceNone')}` : ''}
      </p>
      <div className="demo-log-tools">
        <label className="demo-check">
          <input type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
          {t('log.showAll', { count: backgroundCount })}
        </label>
        <button type="button" className="button button-small" disabled={log.length === 0} onClick={clearLog}>
          {t('log.clear')}
        </button>
      </div>
      {log.length === 0 ? (
        <p className="empty">{t('log.empty')}</p>
      ) : (
        <ol className="demo-log" aria-labelledby={`${id}-heading`}>
          {log.map((batch) => {
            const events = shown(batch);
            const hidden = batch.events.length - events.length;
            return (
              <li key={batch.id} className="demo-log-batch">
                <p className="demo-log-cause">
                  {t('log.batch', { cause: causeText(batch.cause), time: formatDayTime(batch.at, language) })}
                </p>
                {events.length > 0 ? <EventSentences events={events} /> : <p className="demo-log-none">{t('log.nothing')}</p>}
                {hidden > 0 ? <p className="demo-log-hidden">{t('log.hidden', { count: hidden })}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
