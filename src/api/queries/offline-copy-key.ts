/**
 * localStorage, the kept copy of offline マイページ: `{ owner, state }` (a fingerprint of the
 * session, TanStack Query's dehydrated reads). Its own module, so that the code keeping the copy
 * (loaded once somebody is logged in) and the code forgetting it at a hand-over share it without
 * importing each other.
 */
export const OFFLINE_COPY_KEY = 'shiori.offline';
