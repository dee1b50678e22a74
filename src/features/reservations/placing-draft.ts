import type { CartItem } from '../../api/contract/cart';
import type { ContactMethod } from '../../api/contract/common';

/** What the patron chose on the placing form, carried to the confirmation and back. */
export interface PlacingDraft {
  /** In the order they are to be reserved: the order an ordered reservation prepares them in. */
  items: CartItem[];
  pickupBranchId: string;
  contactMethod: ContactMethod;
  mode: 'normal' | 'ordered';
}

/** A title as the cart names it: with its volume (海辺の姉妹 上). */
export const itemName = (item: CartItem) => (item.title.volumeLabel ? `${item.title.title} ${item.title.volumeLabel}` : item.title.title);
