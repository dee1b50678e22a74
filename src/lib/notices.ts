import { create } from 'zustand';

export interface Notice {
  id: string;
  /** i18n key and its values, so that the notice follows a language switch. */
  key: string;
  values?: Record<string, string>;
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
