import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSessionToken } from '../../api/client/session-token';
import type { AddToShelfResult } from '../../api/contract/shelves';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useShelves } from '../../api/queries/shelves';
import { Alert } from '../../components/alert';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useAddToShelf, type ShelfDraft } from './use-shelf-changes';
import { useShelfName, useShelfRefusal } from './shelf-words';
import './shelves.css';

interface SaveToShelfProps {
  drafts: ShelfDraft[];
  /** Called once the titles are on the shelf, e.g. to clear a selection. */
  onSaved?: () => void;
}

/**
 * My本棚に保存, where the library offers My本棚 and a patron is logged in: the shelf to save to and
 * the button. The titles show as saved at once; when the library refuses, that is undone and said.
 */
export function SaveToShelf({ drafts, onSaved }: SaveToShelfProps) {
  const { t } = useTranslation('shelves');
  const id = useId();
  const token = useSessionToken((state) => state.token);
  const library = useLibraryInfo();
  const offered = token !== null && library.data?.features.shelves === true;
  const shelves = useShelves(offered);
  const add = useAddToShelf();
  const shelfName = useShelfName();
  const refusal = useShelfRefusal();
  const errorMessage = useErrorMessage();
  const [chosen, setChosen] = useState('want-to-read');
  const [answer, setAnswer] = useState<AddToShelfResult | null>(null);
  if (!offered || !shelves.data) return null;
  const list = shelves.data;
  const target = list.shelves.find((shelf) => shelf.id === chosen) ?? list.shelves[0]!;
  const nameOf = (titleId: string) => {
    const draft = drafts.find((item) => item.titleId === titleId);
    return draft?.saved?.title ?? titleId;
  };

  return (
    <div className="save-to-shelf">
      <div className="save-to-shelf-row">
        <label htmlFor={`${id}-shelf`}>{t('save.label')}</label>
        <select id={`${id}-shelf`} value={target.id} onChange={(event) => setChosen(event.target.value)}>
          {list.shelves.map((shelf) => (
            <option key={shelf.id} value={shelf.id}>
              {shelfName(shelf)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={drafts.length === 0}
          onClick={() => {
            setAnswer(null);
            add.mutate(
              { shelfId: target.id, drafts },
              {
                onSuccess: (result) => {
                  setAnswer(result);
                  if (result.added.length > 0) onSaved?.();
                },
              },
            );
          }}
        >
          {t('save.submit')}
        </button>
      </div>
      {add.isError ? (
        <Alert tone="error">
          <p>{t('save.undone')}</p>
          <p>{errorMessage(add.error)}</p>
        </Alert>
      ) : null}
      {/* Shown as soon as it is asked: the library's answer only adds what it refused. */}
      {add.isPending || answer ? (
        <Alert tone="success" action={<Link to={paths.shelves(target.id)}>{t('save.open')}</Link>}>
          <p>{t('save.saved', { shelf: shelfName(target), count: answer ? answer.added.length : drafts.length })}</p>
          {answer && answer.refused.length > 0 ? (
            <ul>
              {answer.refused.map((item) => (
                <li key={item.titleId}>
                  {t('save.refusedTitle', { title: nameOf(item.titleId), reason: refusal(item.reason, list.limits) })}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
