import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client/api';
import { noticesRefresh, useNotices } from '../../api/queries/notices';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import './notices.css';

/** Opening a notice reads it; reading one twice changes nothing, so a failed read may simply be tried again. */
function useReadNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noticeId: string) => api.call('readNotice', { params: { noticeId } }),
    onSuccess: () => noticesRefresh.read(queryClient),
  });
}

function BackToNotices() {
  const { t } = useTranslation('notice');
  return (
    <p>
      <Link to={paths.notices()}>{t('back')}</Link>
    </p>
  );
}

/** One notice as the library sent it; opened, it is read (the menu's count goes down). */
export function NoticeDetail({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation('notice');
  const errorMessage = useErrorMessage();
  const notices = useNotices();
  const read = useReadNotice();
  const notice = notices.data?.notices.find((item) => item.id === noticeId);
  const unread = notice !== undefined && !notice.read;
  const { mutate, isIdle } = read;
  useEffect(() => {
    if (unread && isIdle) mutate(noticeId);
  }, [unread, isIdle, mutate, noticeId]);

  if (notices.isPending) return <Loading />;
  if (notices.isError) return <LoadError message={errorMessage(notices.error)} onRetry={() => void notices.refetch()} />;
  if (!notice)
    return (
      <>
        <Alert tone="error">
          <p>{t('notFound')}</p>
        </Alert>
        <BackToNotices />
      </>
    );
  return (
    <article className="notice-detail" aria-labelledby="notice-subject">
      <h2 id="notice-subject">{notice.subject}</h2>
      <p className="notice-meta">
        {t(`kind.${notice.kind}`)} ・ {t('sentAt', { date: formatDateTime(notice.sentAt, currentLanguage()) })}
      </p>
      {read.isError ? (
        <Alert
          tone="error"
          action={
            <button type="button" className="button button-secondary" onClick={() => read.mutate(noticeId)}>
              {t('retryRead')}
            </button>
          }
        >
          <p>{t('readFailed')}</p>
          <p>{errorMessage(read.error)}</p>
        </Alert>
      ) : null}
      <div className="notice-body">{notice.body}</div>
      <BackToNotices />
    </article>
  );
}
