import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CalendarLanguage } from '../../api/contract/calendars';
import { api } from '../../api/client/api';
import { Alert } from '../../components/alert';
import { downloadFile } from '../../lib/download-file';
import { useErrorMessage } from '../../lib/error-message';
import { currentLanguage } from '../../lib/i18n/i18n';
import './calendars.css';

const files = {
  library: {
    fileName: 'library-closed-days.ics',
    call: (lang: CalendarLanguage) => api.call('getLibraryCalendarFile', { query: { lang } }),
  },
  patron: { fileName: 'my-library-dates.ics', call: (lang: CalendarLanguage) => api.call('getMyCalendarFile', { query: { lang } }) },
};

/**
 * カレンダーに追加（.ics）: the calendar the library writes, handed to the browser as a file a
 * calendar app imports; importing it again updates the same events. A failed read says so and the
 * button stays, to try again.
 */
export function CalendarDownload({ calendar, label }: { calendar: keyof typeof files; label: string }) {
  const { t } = useTranslation('calendar');
  const errorMessage = useErrorMessage();
  const download = useMutation({
    mutationFn: () => files[calendar].call(currentLanguage()),
    onSuccess: (text) => downloadFile(files[calendar].fileName, 'text/calendar;charset=utf-8', text),
  });
  return (
    <div className="calendar-download">
      <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
        {label}
      </button>
      {download.isPending ? <p className="help">{t('download.pending')}</p> : null}
      {download.isError ? (
        <Alert tone="error">
          <p>{t('download.failed')}</p>
          <p>{errorMessage(download.error)}</p>
        </Alert>
      ) : null}
    </div>
  );
}
