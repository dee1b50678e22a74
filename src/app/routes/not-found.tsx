import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { paths } from '../../lib/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home()}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}

/** What a patron sees when a page itself fails: the same plain words, never a stack trace. */
function PageFailed() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <PageTitle>{t('errors.INTERNAL_ERROR')}</PageTitle>
      <p>
        <a href={paths.home()}>{t('notFound.home')}</a>
      </p>
    </main>
  );
}

/**
 * A page that fails as it renders (or whose chunk does not load) shows PageFailed in place of the
 * whole layout. Its one link loads the app afresh, so the failure never needs clearing.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
