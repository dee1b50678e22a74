import type { MaterialType } from '../../../src/api/contract/common';
import type { LibraryProfile } from '../../profiles/profile';

// 貸出点数: how many items a patron may have out at once, as the library states it in `loans.limits`
// (p004's page: 本・雑誌 10冊, 紙芝居 2点, CD 2点; elsewhere one number for every kind together).

type LoanLimit = LibraryProfile['loans']['limits'][number];

/** Whether a limit counts this kind of item: an empty list of kinds counts every kind together. */
const counts = (limit: LoanLimit, materialType: MaterialType) =>
  limit.materialTypes.length === 0 || limit.materialTypes.includes(materialType);

/**
 * The limit one more loan of `materialType` would pass, given the kinds of the patron's open loans,
 * or null when the library lends it. A kind no limit names is not limited.
 */
export function loanLimitPassed(
  profile: Pick<LibraryProfile, 'loans'>,
  openLoans: readonly MaterialType[],
  materialType: MaterialType,
): LoanLimit | null {
  return (
    profile.loans.limits.find(
      (limit) => counts(limit, materialType) && openLoans.filter((type) => counts(limit, type)).length >= limit.max,
    ) ?? null
  );
}
