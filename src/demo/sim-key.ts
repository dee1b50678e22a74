/** Every answer of the simulation API lives under this key: the panel reads it again, or keeps it, apart from the app's. */
export const simKey = ['sim'] as const;
