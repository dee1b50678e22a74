import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimPersona } from '../api/contract/simulation';
import { localized } from '../lib/localized';
import { DemoFailure } from './demo-failure';
import { useDemoStore } from './demo-store';
import { usePersonaSignIn } from './use-persona-sign-in';

/** The password a designer types or tells: the persona's own, a temporary one, or none yet. */
function usePasswordText() {
  const { t } = useTranslation('demo');
  return (persona: Pick<SimPersona, 'password' | 'temporary'>) =>
    persona.password === null
      ? t('personas.noPassword')
      : t(persona.temporary ? 'personas.temporary' : 'personas.password', { password: persona.password });
}

/** The demo patrons, each with their situation in a line and a button that signs in as them. */
export function PersonaList({ personas }: { personas: SimPersona[] }) {
  const { t, i18n } = useTranslation('demo');
  const id = useId();
  const passwordText = usePasswordText();
  const current = useDemoStore((state) => state.cardNumber);
  const signIn = usePersonaSignIn();

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('personas.heading')}</h3>
      <p className="help">{t('personas.lead')}</p>
      <ul className="demo-cards">
        {personas.map((persona) => {
          const pending = signIn.isPending && signIn.variables === persona.cardNumber;
          const failed = signIn.isError && signIn.variables === persona.cardNumber;
          return (
            <li key={persona.cardNumber} className={`demo-card${persona.cardNumber === current ? ' demo-card-current' : ''}`}>
              <p className="demo-card-title">
                {persona.name}
                {persona.cardNumber === current ? <span className="demo-tag">{t('personas.current')}</span> : null}
              </p>
              <p className="demo-card-text">{localized(persona.description, i18n.language)}</p>
              <p className="demo-card-facts">
                <span className="mono">{t('personas.card', { card: persona.cardNumber })}</span>
                <span>{passwordText(persona)}</span>
              </p>
              <button
                type="button"
                className="button button-small"
                disabled={signIn.isPending}
                onClick={() => signIn.mutate(persona.cardNumber)}
              >
                {pending ? t('personas.signingIn') : t('personas.signIn', { name: persona.name })}
              </button>
              <DemoFailure error={failed ? signIn.error : null} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
