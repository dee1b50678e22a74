import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { PageTitle } from '../../components/page-title';
import { ConfirmLink } from '../../features/auth/confirm-link';
import { registrationMode } from '../../features/auth/registration-mode';

/** /confirm?token=…: the link in a confirmation mail (a self-registered password, or a new e-mail address). */
export function ConfirmRoute() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const library = useLibraryInfo();
  const mode = library.data ? registrationMode(library.data) : null;
  return (
    <div className="narrow auth-page">
      <PageTitle>{t('confirm.title')}</PageTitle>
      <ConfirmLink token={params.get('token')} registerLabel={mode ? t(`register.title.${mode}`) : null} />
    </div>
  );
}
