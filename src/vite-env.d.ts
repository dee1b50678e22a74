/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the library API lives; default `/api` (the simulated library answers there in mock mode). */
  readonly VITE_API_BASE_URL?: string;
}
