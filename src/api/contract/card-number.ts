/**
 * 利用者番号 as patrons type it: full-width digits, hyphens (the printed `0123456-7`) and spaces
 * all mean the same number. Both the app (to show what it understood) and every backend (which
 * decides) read a card number through this one function.
 */
export function normalizeCardNumber(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-‐‑‒–—―ー−]/gu, '');
}
