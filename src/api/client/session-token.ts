import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface SessionTokenState {
  token: string | null;
  /** Set when the backend ended the session on its own, so the login page can say why. */
  expired: boolean;
  signIn: (token: string) => void;
  signOut: () => void;
  expire: () => void;
}

/** The bearer token, kept in localStorage so that a reload keeps the patron logged in. */
export const useSessionToken = create<SessionTokenState>()(
  persist(
    (set) => ({
      token: null,
      expired: false,
      signIn: (token) => set({ token, expired: false }),
      signOut: () => set({ token: null, expired: false }),
      expire: () => set((state) => (state.token ? { token: null, expired: true } : state)),
    }),
    { name: 'shiori.session', partialize: (state) => ({ token: state.token }) },
  ),
);
