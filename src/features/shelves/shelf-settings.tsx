import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shelf } from '../../api/contract/shelves';
import { Alert } from '../../components/alert';
import { useErrorMessage } from '../../lib/error-message';
import { useDeleteShelf, useRenameShelf } from './use-shelf-changes';
import { focusOnMount } from '../../lib/focus-on-mount';

/** Renaming and deleting a shelf of the patron's own (the two every patron has offer neither); deleting asks first. */
export function ShelfSettings({ shelf }: { shelf: Shelf }) {
  const { t } = useTranslation('shelves');
  const id = useId();
  const errorMessage = useErrorMessage();
  const rename = useRenameShelf();
  const remove = useDeleteShelf();
  const [mode, setMode] = useState<'idle' | 'renaming' | 'deleting'>('idle');
  const [name, setName] = useState(shelf.name ?? '');
  const questionRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (mode === 'deleting') questionRef.current?.focus();
  }, [mode]);
  if (!shelf.actions.rename && !shelf.actions.delete) return null;
  const failure = rename.error ?? remove.error;

  return (
    <div className="shelf-settings">
      {mode === 'idle' ? (
        <div className="button-row">
          {shelf.actions.rename ? (
            <button type="button" className="button button-small" onClick={() => setMode('renaming')}>
              {t('rename.open')}
            </button>
          ) : null}
          {shelf.actions.delete ? (
            <button type="button" className="button button-small" onClick={() => setMode('deleting')}>
              {t('remove.open')}
            </button>
          ) : null}
        </div>
      ) : null}
      {mode === 'renaming' ? (
        <form
          className="shelf-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            rename.mutate({ shelfId: shelf.id, name }, { onSuccess: () => setMode('idle') });
          }}
        >
          <label htmlFor={`${id}-name`}>{t('rename.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={40}
            required
            ref={focusOnMount}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button-small button-primary" disabled={rename.isPending || name.trim() === ''}>
            {t('rename.submit')}
          </button>
          <button type="button" className="button button-small" onClick={() => setMode('idle')}>
            {t('rename.cancel')}
          </button>
        </form>
      ) : null}
      {mode === 'deleting' ? (
        <div className="shelf-confirm" role="group" aria-labelledby={`${id}-question`}>
          <h3 id={`${id}-question`} ref={questionRef} tabIndex={-1}>
            {t('remove.heading', { name: shelf.name })}
          </h3>
          <p>{t('remove.body', { count: shelf.items.length })}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={remove.isPending} onClick={() => remove.mutate(shelf.id)}>
              {t('remove.submit')}
            </button>
            <button type="button" className="button" onClick={() => setMode('idle')}>
              {t('remove.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {rename.isSuccess && mode === 'idle' ? <Alert tone="success">{t('rename.done', { name: rename.data.name })}</Alert> : null}
      {failure ? (
        <Alert tone="error">
          <p>{t('failed')}</p>
          <p>{errorMessage(failure)}</p>
        </Alert>
      ) : null}
    </div>
  );
}
