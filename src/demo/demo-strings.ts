import { demo as en } from './demo-strings-en';
import { demo as ja } from './demo-strings-ja';

/**
 * The demo panel's words, in the namespace `demo`: added to i18next when the panel's code loads,
 * so that a patron's pages never carry them. One file per language, as the portal's namespaces.
 */
export const demoStrings = { ja, en };

// The panel's keys are typed like the portal's (src/lib/i18n/resources.ts), from its Japanese words.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    demo: typeof ja;
  }
}
