import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client/api-error';
import { useErrorMessage } from '../../lib/error-message';
import type { Shelf, ShelfItem, ShelfList, ShelfRefusal } from '../../api/contract/shelves';

/** A saved title as it is shown: its name with its volume (上, 第3巻). */
export const itemName = ({ saved }: Pick<ShelfItem, 'saved'>) => (saved.volumeLabel ? `${saved.title} ${saved.volumeLabel}` : saved.title);

/** A shelf's name: the patron's own, or the portal's words for これから読みたい本 and お気に入り. */
export function useShelfName() {
  const { t } = useTranslation('shelves');
  return (shelf: Pick<Shelf, 'kind' | 'name'>) => (shelf.kind === 'own' ? (shelf.name ?? '') : t(`builtIn.${shelf.kind}`));
}

/** Why the library refused a change to a shelf, with its limits. */
export function useShelfRefusal() {
  const { t } = useTranslation('shelves');
  return (reason: ShelfRefusal, limits: ShelfList['limits'] | undefined) =>
    t(`refused.${reason}`, { maxShelves: limits?.maxShelves, maxItemsPerShelf: limits?.maxItemsPerShelf });
}

/** A failed change in the patron's words: the library's refusal with its limits (a full shelf), or what went wrong. */
export function useShelfFailure() {
  const { i18n } = useTranslation('shelves');
  const refusal = useShelfRefusal();
  const errorMessage = useErrorMessage();
  return (error: unknown, limits: ShelfList['limits'] | undefined) => {
    const reason = isApiError(error, 'CONFLICT') ? error.details.reason : undefined;
    return reason && i18n.exists(`shelves:refused.${reason}`) ? refusal(reason as ShelfRefusal, limits) : errorMessage(error);
  };
}
