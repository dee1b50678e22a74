import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SimMail, SimPersona } from '../api/contract/simulation';
import { LoadError } from '../components/load-error';
import { Loading } from '../components/loading';
import { useErrorMessage } from '../lib/error-message';
import { formatDateTime } from '../lib/format-date';
import { currentLanguage } from '../lib/i18n/i18n';
import { useDemoStore } from './demo-store';
import { useMail } from './get-mail';
import { WithStatus } from './with-status';

/** Where the panel is a bottom sheet (a phone): a link followed from it closes it, to show the page. */
const PHONE = '(max-width: 47.99rem)';

/** メール: every message the library sent, per patron, to read, with its links working in the app. */
export function MailTab({ onFollowLink }: { onFollowLink: () => void }) {
  return <WithStatus>{(status) => <Mailbox personas={status.personas} onFollowLink={onFollowLink} />}</WithStatus>;
}

function Mailbox({ personas, onFollowLink }: { personas: SimPersona[]; onFollowLink: () => void }) {
  const { t } = useTranslation('demo');
  const id = useId();
  const errorMessage = useErrorMessage();
  const current = useDemoStore((state) => state.cardNumber);
  const [cardNumber, setCardNumber] = useState(current ?? '');
  const [openId, setOpenId] = useState<string | null>(null);
  const mail = useMail(cardNumber || null);
  const followed = () => {
    if (window.matchMedia?.(PHONE).matches) onFollowLink();
  };

  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('mail.heading')}</h3>
      <div className="demo-field">
        <label htmlFor={`${id}-to`}>{t('mail.filter')}</label>
        <select id={`${id}-to`} value={cardNumber} onChange={(event) => setCardNumber(event.target.value)}>
          <option value="">{t('mail.all')}</option>
          {personas.map((persona) => (
            <option key={persona.cardNumber} value={persona.cardNumber}>
              {t('counter.patron', { name: persona.name, card: persona.cardNumber })}
            </option>
          ))}
          {current && !personas.some((persona) => persona.cardNumber === current) ? <option value={current}>{current}</option> : null}
        </select>
      </div>
      {mail.data ? (
        mail.data.items.length === 0 ? (
          <p className="empty">{t('mail.empty')}</p>
        ) : (
          <>
            <p className="help">{t('mail.count', { count: mail.data.items.length })}</p>
            <ul className="demo-rows" aria-labelledby={`${id}-heading`}>
              {mail.data.items.map((item) => (
                <MailItem
                  key={item.id}
                  mail={item}
                  open={openId === item.id}
                  onToggle={() => setOpenId(openId === item.id ? null : item.id)}
                  onFollowLink={followed}
                />
              ))}
            </ul>
          </>
        )
      ) : mail.isError ? (
        <LoadError message={errorMessage(mail.error)} onRetry={() => void mail.refetch()} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function MailItem({
  mail,
  open,
  onToggle,
  onFollowLink,
}: {
  mail: SimMail;
  open: boolean;
  onToggle: () => void;
  onFollowLink: () => void;
}) {
  const { t } = useTranslation('demo');
  const id = useId();
  return (
    <li className="demo-item">
      <h4 className="demo-mail-subject">
        <button
          type="button"
          className="demo-disclosure"
          aria-expanded={open}
          aria-controls={open ? `${id}-body` : undefined}
          onClick={onToggle}
        >
          {mail.subject}
        </button>
      </h4>
      <p className="demo-item-facts">
        <span className="demo-state">{t(`mail.kind.${mail.kind}`)}</span>
        <span>{t('mail.to', { to: mail.to })}</span>
        <time dateTime={mail.sentAt}>{formatDateTime(mail.sentAt, currentLanguage())}</time>
      </p>
      {open ? (
        <div id={`${id}-body`} className="demo-mail">
          <p className="demo-mail-body">{mail.body}</p>
          {mail.links.length > 0 ? (
            <>
              <p className="demo-strong" id={`${id}-links`}>
                {t('mail.links')}
              </p>
              <ul className="link-list" aria-labelledby={`${id}-links`}>
                {mail.links.map((link) => (
                  <li key={link}>
                    <Link to={link} onClick={onFollowLink} className="demo-mail-link">
                      {link}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
