import { describe, expect, it } from 'vitest';
import { loanLimitPassed } from '../../../mocks/domain/loans/limits';
import { profiles } from '../../../mocks/profiles/profiles';

describe('貸出点数 (loans.limits)', () => {
  it('lends up to ten items of any kind together where the library states one number (p003), and refuses the eleventh', () => {
    const nine = Array<'book'>(9).fill('book');
    expect(loanLimitPassed(profiles.p003, nine, 'cd')).toBeNull();
    expect(loanLimitPassed(profiles.p003, [...nine, 'cd'], 'kamishibai')).toEqual({ materialTypes: [], max: 10 });
  });

  it('counts per kind where the library states one per kind (p004: 本・雑誌 10冊, 紙芝居 2点, CD 2点)', () => {
    const p004 = profiles.p004;
    expect(loanLimitPassed(p004, ['kamishibai', 'kamishibai'], 'kamishibai')).toEqual({ materialTypes: ['kamishibai'], max: 2 });
    expect(loanLimitPassed(p004, ['kamishibai', 'kamishibai', 'cd'], 'cd')).toBeNull();
    expect(loanLimitPassed(p004, ['kamishibai', 'kamishibai', 'cd'], 'book')).toBeNull();
    const tenBooksAndMagazines = [...Array<'book'>(6).fill('book'), ...Array<'magazine'>(4).fill('magazine')];
    expect(loanLimitPassed(p004, tenBooksAndMagazines, 'magazine')).toEqual({ materialTypes: ['book', 'magazine'], max: 10 });
    expect(loanLimitPassed(p004, tenBooksAndMagazines, 'cd')).toBeNull();
  });

  it('leaves a kind no limit names unlimited (p004 states none for DVD)', () => {
    expect(loanLimitPassed(profiles.p004, Array<'dvd'>(12).fill('dvd'), 'dvd')).toBeNull();
  });
});
