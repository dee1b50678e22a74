/**
 * A calendar day as patrons type it on any keyboard — 19900415, 1990/4/15, 1990-04-15,
 * 1990.4.15, 1990年4月15日, in full- or half-width digits — as YYYY-MM-DD. null when it is not a
 * day of the calendar (1990-02-30), so the form can say so before anything is sent.
 */
export function parseTypedDate(text: string): string | null {
  const folded = text.normalize('NFKC').replace(/\s/g, '');
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(folded) ?? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(folded);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2月30日 over into March: a day that does not come back unchanged does not exist.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
