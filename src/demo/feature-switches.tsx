import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { libraryInfoQuery, useLibraryInfo } from '../api/queries/library-info';
import { DemoFailure } from './demo-failure';
import { simApi } from './sim-api';

const switches = ['shelves', 'readingMarathon'] as const;

/** 図書館の機能: a designer turns My本棚 and 読書マラソン on or off in the library that runs, whatever its profile says. */
export function FeatureSwitches() {
  const { t } = useTranslation('demo');
  const id = useId();
  const queryClient = useQueryClient();
  const library = useLibraryInfo();
  const change = useMutation({
    mutationFn: (body: Partial<Record<(typeof switches)[number], boolean>>) => simApi.call('simSetFeatures', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: libraryInfoQuery.queryKey }),
  });
  const features = library.data?.features;

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('features.heading')}</h3>
      <p className="help">{t('features.lead')}</p>
      {switches.map((feature) => (
        <div key={feature} className="demo-check">
          <input
            id={`${id}-${feature}`}
            type="checkbox"
            role="switch"
            checked={features?.[feature] ?? false}
            disabled={!features || change.isPending}
            onChange={(event) => change.mutate({ [feature]: event.target.checked })}
          />
          <label htmlFor={`${id}-${feature}`}>{t(`features.${feature}`)}</label>
        </div>
      ))}
      {change.isPending ? <p role="status">{t('features.switching')}</p> : null}
      <DemoFailure error={change.error} />
    </section>
  );
}
