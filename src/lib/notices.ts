import { create } from 'zustand';
import type { TranslationKey } from './i18n/resources';

/** A message held as i18n keys and values, so that it follows a language switch. */
export interface NoticeText {
  key: TranslationKey;
  values?: Record<string, string>;
}

export interface Notice extends NoticeText {
  id: string;
  /** info unless said otherwise. */
  tone?: 'info' | 'success' | 'error';
  /** One line each, listed under the message: e.g. every title that could not be moved, with its reason. */
  details?: NoticeText[];
}

interface NoticeState {
  notices: Notice[];
  push: (notice: Notice) => void;
  dismiss: (id: string) => void;
}

/** Messages for the whole app that are not tied to one page (the simulated library was reseeded, …). */
export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  push: (notice) => set((state) => ({ notices: [...state.notices.filter((item) => item.id !== notice.id), notice] })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((item) => item.id !== id) })),
}));
