import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LibrarySettings } from '../api/contract/simulation';
import { libraryInfoQuery, useLibraryInfo } from '../api/queries/library-info';
import { patronKey } from '../api/queries/patron';
import { Alert } from '../components/alert';
import { DemoFailure } from './demo-failure';
import { simApi } from './sim-api';

/** The optional features a designer may switch on or off in any library, whatever its profile says. */
const features = ['shelves', 'readingMarathon', 'calendars', 'notices', 'libraryCard', 'reservationChanges'] as const;

/**
 * 図書館の設定: the running library's rules and features a demo may switch (保留 of reservations,
 * My本棚, 読書マラソン, calendars, お知らせ, 利用者カード and 予約内容変更). The app reads
 * the rules again, and the patron's lists with what each row now allows.
 */
export function SettingsSection() {
  const { t } = useTranslation('demo');
  const id = useId();
  const queryClient = useQueryClient();
  const library = useLibraryInfo().data;
  const change = useMutation({
    mutationFn: (settings: LibrarySettings) => simApi.call('simSetSettings', { body: settings }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: libraryInfoQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: patronKey }),
      ]),
  });
  if (!library) return null;
  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.heading')}</h3>
      <p className="help">{t('settings.lead')}</p>
      <label className="demo-check">
        <input
          type="checkbox"
          checked={library.reservations.hold !== null}
          disabled={change.isPending}
          onChange={(event) => change.mutate({ reservationHold: event.target.checked })}
        />
        {t('settings.reservationHold')}
      </label>
      {features.map((feature) => (
        <label key={feature} className="demo-check">
          <input
            type="checkbox"
            checked={library.features[feature]}
            disabled={change.isPending}
            onChange={(event) => change.mutate({ [feature]: event.target.checked })}
          />
          {t(`settings.${feature}`)}
        </label>
      ))}
      {change.isPending ? <p className="help">{t('settings.saving')}</p> : null}
      <DemoFailure error={change.error} />
      {change.isSuccess ? (
        <Alert tone="success">
          <p>{t('settings.saved')}</p>
        </Alert>
      ) : null}
    </section>
  );
}
