import type { LocalizedText } from '../api/contract/common';

/** A name the library gives in both languages, in the one on show. */
export function localized(text: LocalizedText, language: string): string {
  return language === 'en' ? text.en : text.ja;
}
