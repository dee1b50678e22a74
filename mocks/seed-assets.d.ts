/**
 * Each profile's seed asset, by URL, keyed by profile id: built by vite.config.ts's `seedAssets`
 * plugin (the dev server answers the same URLs). An ambient module cannot import the contract's
 * ProfileId, hence the plain keys.
 */
declare module 'virtual:shiori-seed-assets' {
  const urls: Readonly<Record<string, string>>;
  export default urls;
}
