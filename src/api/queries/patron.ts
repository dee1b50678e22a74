/**
 * Everything the app reads about the signed-in patron lives under this key, so that it can all be
 * forgotten at once when the session changes hands.
 */
export const patronKey = ['me'] as const;
