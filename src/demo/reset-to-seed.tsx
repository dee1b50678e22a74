import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { simApi } from './sim-api';
import { Alert } from '../components/alert';
import { DemoFailure } from './demo-failure';
import { useLibraryReplaced } from './use-library-replaced';
import { focusOnMount } from '../lib/focus-on-mount';

/** シードに戻す, after a question: the library as it was seeded; saved scenarios stay. */
export function ResetToSeed() {
  const { t } = useTranslation('demo');
  const id = useId();
  const replaced = useLibraryReplaced();
  const [confirming, setConfirming] = useState(false);
  const reset = useMutation({
    mutationFn: () => simApi.call('simReset'),
    onSuccess: (status) => {
      setConfirming(false);
      return replaced(null, status);
    },
  });

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('scenarios.reset.heading')}</h3>
      <p className="help">{t('scenarios.reset.lead')}</p>
      {confirming ? (
        <div className="demo-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`} className="demo-strong">
            {t('scenarios.reset.confirm')}
          </p>
          <div className="demo-item-actions">
            <button
              ref={focusOnMount}
              type="button"
              className="button button-small button-primary"
              disabled={reset.isPending}
              onClick={() => reset.mutate()}
            >
              {reset.isPending ? t('scenarios.reset.resetting') : t('scenarios.reset.confirmYes')}
            </button>
            <button type="button" className="button button-small" disabled={reset.isPending} onClick={() => setConfirming(false)}>
              {t('scenarios.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
          {t('scenarios.reset.button')}
        </button>
      )}
      <DemoFailure error={reset.error} />
      {reset.isSuccess ? (
        <Alert tone="success">
          <p>{t('scenarios.reset.done')}</p>
        </Alert>
      ) : null}
    </section>
  );
}
