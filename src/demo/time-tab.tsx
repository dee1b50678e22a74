import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client/api-error';
import type { SimClock } from '../api/contract/simulation';
import { formatDateTime } from '../lib/format-date';
import { currentLanguage } from '../lib/i18n/i18n';
import { DemoFailure } from './demo-failure';
import { timeSteps } from './demo-store';
import { EventLog } from './event-log';
import { useTimeMove } from './use-time-move';
import { WithStatus } from './with-status';

/** A moment as a datetime-local input shows it, in Tokyo time: 2026-11-24T10:00. */
function tokyoInputValue(value: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(value))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** 時間: the simulated time, moved on by a step or to a moment, and what the library did meanwhile. */
export function TimeTab() {
  return (
    <WithStatus>
      {(status) => (
        <>
          <ClockSection clock={status.clock} />
          <EventLog />
        </>
      )}
    </WithStatus>
  );
}

function ClockSection({ clock }: { clock: SimClock }) {
  const { t } = useTranslation('demo');
  const id = useId();
  const language = currentLanguage();
  const move = useTimeMove();
  // The simulated time now, until the designer types another moment.
  const [typed, setTyped] = useState<string | null>(null);
  const target = typed ?? tokyoInputValue(clock.now);
  const [emptyTarget, setEmptyTarget] = useState(false);

  const moveTo = (event: FormEvent) => {
    event.preventDefault();
    setEmptyTarget(target === '');
    if (target !== '') move.mutate({ now: `${target}:00+09:00` }, { onSuccess: () => setTyped(null) });
  };

  const backwards =
    isApiError(move.error, 'VALIDATION_FAILED') && move.error.details.fields?.some((issue) => issue.code === 'clock_backwards');
  const targetError = emptyTarget ? t('time.emptyDate') : backwards ? t('time.backwards') : undefined;

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('time.heading')}</h3>
      <p className="demo-clock">
        <span className="visually-hidden">{t('time.now')} </span>
        <time dateTime={clock.now}>{formatDateTime(clock.now, language)}</time>
      </p>
      <div className="demo-row">
        <p className="help">{clock.running ? t('time.running') : t('time.frozen')}</p>
        <button
          type="button"
          className="button button-small"
          disabled={move.isPending}
          onClick={() => move.mutate({ running: !clock.running })}
        >
          {clock.running ? t('time.stop') : t('time.start')}
        </button>
      </div>
      <div className="demo-steps" role="group" aria-labelledby={`${id}-advance`}>
        <h4 id={`${id}-advance`}>{t('time.advance')}</h4>
        {timeSteps.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button button-small"
            disabled={move.isPending}
            onClick={() => move.mutate({ minutes })}
          >
            {t(`time.by.${minutes}`)}
          </button>
        ))}
      </div>
      <form className="demo-inline-form" onSubmit={moveTo} noValidate>
        <div className={`demo-field demo-field-wide${targetError ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-target`}>{t('time.toDateLabel')}</label>
          <input
            id={`${id}-target`}
            type="datetime-local"
            step={60}
            value={target}
            aria-invalid={targetError ? true : undefined}
            aria-describedby={targetError ? `${id}-target-error` : undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
          {targetError ? (
            <p id={`${id}-target-error`} className="field-error">
              {targetError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button-small" disabled={move.isPending}>
          {t('time.toDate')}
        </button>
      </form>
      {move.isPending ? <p role="status">{t('time.moving')}</p> : null}
      <DemoFailure error={backwards ? null : move.error} />
      <p className="help">{t('time.sessionNote')}</p>
    </section>
  );
}
