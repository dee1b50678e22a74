import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { simApi } from './sim-api';
import type { ProfileId } from '../api/contract/library';
import type { SimStatus } from '../api/contract/simulation';
import { Alert } from '../components/alert';
import { localized } from '../lib/localized';
import { CreatePatronForm } from './create-patron-form';
import { DemoFailure } from './demo-failure';
import { PersonaList } from './persona-list';
import { SettingsSection } from './settings-section';
import { useLibraryReplaced } from './use-library-replaced';
import { WithStatus } from './with-status';

/** 図書館と利用者: which library runs, the demo patrons to sign in as, and a new patron from the counter. */
export function LibraryTab() {
  return (
    <WithStatus>
      {(status) => (
        <>
          <ProfileSection status={status} />
          <PersonaList personas={status.personas} />
          <CreatePatronForm />
          <SettingsSection />
        </>
      )}
    </WithStatus>
  );
}

function ProfileSection({ status }: { status: SimStatus }) {
  const { t, i18n } = useTranslation('demo');
  const id = useId();
  const replaced = useLibraryReplaced();
  const [chosen, setChosen] = useState<ProfileId>(status.profileId);
  const switchProfile = useMutation({
    mutationFn: (profileId: ProfileId) => simApi.call('simSetProfile', { body: { profileId } }),
    onSuccess: (next) => replaced(null, next),
  });
  const nameOf = (profileId: ProfileId) => {
    const profile = status.profiles.find((item) => item.id === profileId);
    return profile ? localized(profile.name, i18n.language) : profileId;
  };

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('library.heading')}</h3>
      <p className="demo-strong">{t('library.current', { name: nameOf(status.profileId), id: status.profileId })}</p>
      <form
        className="demo-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          switchProfile.mutate(chosen);
        }}
      >
        <div className="demo-field">
          <label htmlFor={`${id}-profile`}>{t('library.choose')}</label>
          <select id={`${id}-profile`} value={chosen} onChange={(event) => setChosen(event.target.value as ProfileId)}>
            {status.profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {`${localized(profile.name, i18n.language)}（${profile.id}）`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-small" disabled={switchProfile.isPending || chosen === status.profileId}>
          {switchProfile.isPending ? t('library.switching') : t('library.switch')}
        </button>
      </form>
      <p className="help">{t('library.switchNote')}</p>
      <DemoFailure error={switchProfile.error} />
      {switchProfile.isSuccess ? (
        <Alert tone="success">
          <p>{t('library.switched', { name: nameOf(switchProfile.data.profileId) })}</p>
        </Alert>
      ) : null}
    </section>
  );
}
