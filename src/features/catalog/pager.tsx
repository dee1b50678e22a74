import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  pages: number;
  href: (page: number) => string;
}

/** Page numbers near the current page, with the first and the last always in reach. */
function pageWindow(page: number, pages: number, around = 2): (number | 'gap')[] {
  const shown = new Set([1, pages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => (index > 0 && n - sorted[index - 1]! > 1 ? ['gap' as const, n] : [n]));
}

/** 前へ, the page numbers (the current one marked for screen readers) and 次へ. */
export function Pager({ page, pages, href }: PagerProps) {
  const { t } = useTranslation('catalog');
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('paging.label')}>
      <ul>
        {page > 1 ? (
          <li className="pager-step">
            <Link to={href(page - 1)} rel="prev">
              {t('paging.previous')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} className="pager-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <Link to={href(item)} aria-current={item === page ? 'page' : undefined} aria-label={t('paging.page', { page: item })}>
                {item}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li className="pager-step">
            <Link to={href(page + 1)} rel="next">
              {t('paging.next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
