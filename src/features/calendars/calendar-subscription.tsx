import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client/api';
import { calendarFeedRefresh, useCalendarFeed } from '../../api/queries/calendars';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';

/**
 * 購読用アドレス: an address a calendar app subscribes to, which needs no login and so is a secret.
 * The library keeps only a digest of it: the address is shown when it is made, to copy then; a new
 * one (after a confirmation) makes the old one stop answering.
 */
export function CalendarSubscription() {
  const { t } = useTranslation('calendar');
  const id = useId();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const feed = useCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const addressRef = useRef<HTMLInputElement>(null);
  const reset = useMutation({
    mutationFn: () => api.call('resetCalendarFeed', { body: { language: currentLanguage() } }),
    onSuccess: (issued) => {
      calendarFeedRefresh.reset(queryClient, issued);
      setConfirming(false);
      setCopied(null);
    },
  });
  const issued = reset.data;

  useLayoutEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useLayoutEffect(() => {
    if (issued) addressRef.current?.focus();
  }, [issued]);

  const heading = <h2 id={id}>{t('subscription.heading')}</h2>;
  if (!feed.data) {
    return (
      <section className="calendar-subscription" aria-labelledby={id}>
        {heading}
        {feed.isError ? <LoadError message={errorMessage(feed.error)} onRetry={() => void feed.refetch()} /> : <Loading />}
      </section>
    );
  }
  const { issuedAt } = feed.data;
  const copy = () =>
    navigator.clipboard.writeText(issued!.url).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );

  return (
    <section className="calendar-subscription" aria-labelledby={id}>
      {heading}
      <p className="help">{t('subscription.lead')}</p>
      {issued ? (
        <div className="calendar-address">
          <label htmlFor={`${id}-address`}>{t('subscription.address')}</label>
          <input
            ref={addressRef}
            id={`${id}-address`}
            className="mono"
            readOnly
            value={issued.url}
            onFocus={(event) => event.target.select()}
          />
          <p className="help">{t('subscription.shownOnce')}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void copy()}>
              {t('subscription.copy')}
            </button>
          </div>
          {copied ? (
            <Alert tone={copied === 'copied' ? 'success' : 'error'}>
              <p>{t(copied === 'copied' ? 'subscription.copied' : 'subscription.copyFailed')}</p>
            </Alert>
          ) : null}
        </div>
      ) : issuedAt ? (
        <p>{t('subscription.issued', { date: formatDateTime(issuedAt, currentLanguage()) })}</p>
      ) : (
        <p>{t('subscription.none')}</p>
      )}
      {confirming ? (
        <div className="calendar-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h3 id={`${id}-confirm`} ref={confirmRef} tabIndex={-1}>
            {t('subscription.confirmHeading')}
          </h3>
          <p>{t('subscription.confirmBody')}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={reset.isPending} onClick={() => reset.mutate()}>
              {t('subscription.confirm')}
            </button>
            <button type="button" className="button button-secondary" disabled={reset.isPending} onClick={() => setConfirming(false)}>
              {t('subscription.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={reset.isPending}
            onClick={() => (issuedAt || issued ? setConfirming(true) : reset.mutate())}
          >
            {t(issuedAt || issued ? 'subscription.reset' : 'subscription.create')}
          </button>
        </div>
      )}
      {reset.isPending ? <Loading label={t('subscription.pending')} /> : null}
      {reset.isError ? (
        <Alert tone="error">
          <p>{t('subscription.failed')}</p>
          <p>{errorMessage(reset.error)}</p>
        </Alert>
      ) : null}
    </section>
  );
}
