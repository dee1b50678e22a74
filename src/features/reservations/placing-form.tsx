import { useId, useState, type MouseEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CartItem } from '../../api/contract/cart';
import type { ContactMethod } from '../../api/contract/common';
import type { LibraryInfo } from '../../api/contract/library';
import type { PlacingOptions } from '../../api/contract/reservations';
import { useLibraryWording } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { localized } from '../../lib/localized';
import { MoveButtons, swapWithNeighbour } from './move-buttons';
import { itemName, type PlacingDraft } from './placing-draft';
import { PlacingItem } from './placing-item';
import { useReservationWords } from './use-reservation-words';
import './reservations.css';

interface PlacingFormProps {
  /** The ticked titles still in the cart, in the order ticked (or chosen before). */
  items: CartItem[];
  /** Whether these titles may be one ordered reservation, and why not (the library says). */
  orderedOption: PlacingOptions['ordered'];
  library: LibraryInfo;
  /** The contact methods this patron may choose (from 予約状況). */
  contactMethods: ContactMethod[];
  /** The patron's registered contact method, chosen unless they pick another. */
  defaultContact: ContactMethod | null;
  /** What was chosen before (the address keeps it), when the patron comes back from the confirmation or reloads. */
  initial: Partial<Omit<PlacingDraft, 'items'>>;
  /** The cart the patron came from (the public one or マイページ's tab), to go back to. */
  cartHref: string;
  onSubmit: (draft: PlacingDraft) => void;
}

interface Values {
  pickupBranchId: string;
  contactMethod: ContactMethod | '';
  /** p004 順番を指定する: the place chosen for each item, as the pull-downs give it ('1', '2', …). */
  order: string[];
}

/**
 * 予約内容の入力: the titles, 受取館 and 連絡方法, then 通常予約する or — where the library offers
 * it for these titles — シリーズ予約する (p003: in the order shown, which 上へ / 下へ change) or
 * 順番を指定する (p004: a place per item, by pull-down as seed 004 says).
 * Branches that cannot hand out a chosen item (CD and DVD, as each item's pickupBranchIds from the
 * library say) are marked; the library refuses them anyway and names the reason on the result.
 */
export function PlacingForm({
  items: ticked,
  orderedOption,
  library,
  contactMethods,
  defaultContact,
  initial,
  cartHref,
  onSubmit,
}: PlacingFormProps) {
  const { t, i18n } = useTranslation('reservation');
  const words = useReservationWords();
  const ownLabel = useLibraryWording();
  const id = useId();
  const ordered = library.reservations.ordered;
  // シリーズ予約 (p003): the patron sets the order here, before シリーズ予約する (seed 003: 「予約時にご自身で順番を調整することができます」).
  const [items, setItems] = useState(ticked);
  const [announcement, setAnnouncement] = useState('');
  const movable = ordered === 'series' && orderedOption.allowed;
  const move = (index: number, by: -1 | 1) => {
    const next = swapWithNeighbour(items, index, by);
    setItems(next);
    const item = items[index]!;
    setAnnouncement(t('order.moved', { title: itemName(item), position: next.indexOf(item) + 1 }));
  };
  const cannotHandOut = (branchId: string) => items.some((item) => !item.pickupBranchIds.includes(branchId));
  const someExcluded = library.branches.some((branch) => cannotHandOut(branch.id));
  const [choosingOrder, setChoosingOrder] = useState(ordered === 'ordered' && orderedOption.allowed && initial.mode === 'ordered');
  const [orderError, setOrderError] = useState<string | null>(null);

  const registered = (method: ContactMethod | null | undefined) => (method && contactMethods.includes(method) ? method : null);
  const form = useForm<Values>({
    defaultValues: {
      pickupBranchId: initial.pickupBranchId ?? '',
      contactMethod: registered(initial.contactMethod) ?? registered(defaultContact) ?? contactMethods[0] ?? '',
      // The titles come in the order chosen before, so each starts at its own place.
      order: items.map((_, index) => String(index + 1)),
    },
  });
  const pickupBranchId = useWatch({ control: form.control, name: 'pickupBranchId' });
  const avRefused = pickupBranchId !== '' && cannotHandOut(pickupBranchId);

  /** 通常予約 or the ordered kind; Enter submits the way the form's main button says. */
  const submitAs = (mode: PlacingDraft['mode']) =>
    form.handleSubmit((values) => {
      const asOrdered = mode === 'ordered';
      let chosen = items;
      if (asOrdered && ordered === 'ordered') {
        const places = values.order.map(Number);
        if (new Set(places).size !== items.length) {
          setOrderError(t('place.orderDuplicate', { count: items.length }));
          return;
        }
        chosen = items
          .map((item, index) => ({ item, place: places[index]! }))
          .sort((a, b) => a.place - b.place)
          .map(({ item }) => item);
      }
      setOrderError(null);
      onSubmit({
        items: chosen,
        pickupBranchId: values.pickupBranchId,
        contactMethod: values.contactMethod as ContactMethod,
        mode,
      });
    });

  const pickupError = form.formState.errors.pickupBranchId?.message;
  const contactError = form.formState.errors.contactMethod?.message;
  const noContact = contactMethods.length === 0;
  // Beside 通常予約する: シリーズ予約する (p003), or 順番を指定する and back (p004), each where the library allows it for these titles.
  const second =
    ordered === 'series'
      ? {
          label: ownLabel('reserve.ordered') ?? t('place.series'),
          needsTwo: true,
          onClick: (event: MouseEvent) => void submitAs('ordered')(event),
        }
      : ordered === 'ordered' && choosingOrder
        ? {
            label: t('place.orderedBack'),
            needsTwo: false,
            onClick: () => {
              setOrderError(null);
              setChoosingOrder(false);
            },
          }
        : ordered === 'ordered'
          ? { label: ownLabel('reserve.ordered') ?? t('place.ordered'), needsTwo: true, onClick: () => setChoosingOrder(true) }
          : null;
  const pickupDescribedBy = [
    someExcluded ? `${id}-av` : null,
    avRefused ? `${id}-av-refused` : null,
    pickupError ? `${id}-pickup-error` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form className="form placing-form" onSubmit={submitAs(choosingOrder ? 'ordered' : 'normal')} noValidate>
      <section aria-labelledby={`${id}-items`}>
        <h2 id={`${id}-items`} className="placing-heading">
          {t('place.items')}
        </h2>
        {choosingOrder ? <p className="help">{t('place.orderedHint')}</p> : null}
        {movable ? <p className="help">{t('place.seriesOrderHint')}</p> : null}
        <ol className="placing-items" aria-labelledby={`${id}-items`}>
          {items.map((item, index) => (
            <PlacingItem key={item.titleId} item={item}>
              {movable ? <MoveButtons name={itemName(item)} index={index} count={items.length} onMove={(by) => move(index, by)} /> : null}
              {choosingOrder ? (
                <span className="placing-order">
                  <label htmlFor={`${id}-order-${index}`}>
                    {t('place.order')}
                    <span className="visually-hidden">{t('place.orderOf', { title: itemName(item) })}</span>
                  </label>
                  <select id={`${id}-order-${index}`} aria-invalid={orderError ? true : undefined} {...form.register(`order.${index}`)}>
                    {items.map((_, place) => (
                      <option key={place} value={String(place + 1)}>
                        {place + 1}
                      </option>
                    ))}
                  </select>
                </span>
              ) : null}
            </PlacingItem>
          ))}
        </ol>
        {movable ? (
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        ) : null}
        {orderError ? (
          <p className="field-error" role="alert">
            {orderError}
          </p>
        ) : null}
      </section>

      <div className={`field${pickupError ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-pickup`}>{ownLabel('reserve.pickupBranch') ?? t('place.pickup')}</label>
        {someExcluded ? (
          <p id={`${id}-av`} className="field-hint">
            {t('place.avHint')}
          </p>
        ) : null}
        <select
          id={`${id}-pickup`}
          aria-invalid={pickupError ? true : undefined}
          aria-describedby={pickupDescribedBy || undefined}
          {...form.register('pickupBranchId', { required: t('place.pickupRequired') })}
        >
          <option value="">{t('place.choose')}</option>
          {library.branches.map((branch) => {
            const name = localized(branch.name, i18n.language);
            return (
              <option key={branch.id} value={branch.id}>
                {cannotHandOut(branch.id) ? t('place.avOption', { name }) : name}
              </option>
            );
          })}
        </select>
        {avRefused ? (
          <p id={`${id}-av-refused`} className="field-warning">
            {t('place.avWarning', { cart: words.cart })}
          </p>
        ) : null}
        {pickupError ? (
          <p id={`${id}-pickup-error`} className="field-error">
            {pickupError}
          </p>
        ) : null}
      </div>

      {noContact ? (
        <Alert tone="info">
          <p>{t('place.noContact')}</p>
        </Alert>
      ) : (
        <fieldset className={`choice-group${contactError ? ' choice-group-invalid' : ''}`} aria-describedby={`${id}-contact-hint`}>
          <legend>{t('place.contact')}</legend>
          <p id={`${id}-contact-hint`} className="field-hint">
            {t('place.contactHint')}
          </p>
          {contactMethods.map((method) => (
            <label key={method} className="choice">
              <input type="radio" value={method} {...form.register('contactMethod', { required: t('place.contactRequired') })} />
              {words.contact(method)}
            </label>
          ))}
          {contactError ? <p className="field-error">{contactError}</p> : null}
        </fieldset>
      )}

      <div className="placing-actions">
        {ordered === 'series' ? <p className="help">{t('place.seriesHint')}</p> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={noContact}>
            {ordered === 'none' || choosingOrder ? t('place.next') : (ownLabel('reserve.next') ?? t('place.normal'))}
          </button>
          {second ? (
            <button
              type="button"
              className="button"
              disabled={second.needsTwo && (!orderedOption.allowed || noContact)}
              aria-describedby={second.needsTwo && !orderedOption.allowed ? `${id}-needs-two` : undefined}
              onClick={second.onClick}
            >
              {second.label}
            </button>
          ) : null}
        </div>
        {ordered !== 'none' && !orderedOption.allowed ? (
          <p id={`${id}-needs-two`} className="help">
            {orderedOption.reason === 'not-one-series'
              ? t('place.seriesNotOneSeries')
              : t(ordered === 'series' ? 'place.seriesNeedsTwo' : 'place.orderedNeedsTwo')}
          </p>
        ) : null}
        <p>
          <Link to={cartHref}>{t('place.backToCart', { cart: words.cart })}</Link>
        </p>
      </div>
    </form>
  );
}
