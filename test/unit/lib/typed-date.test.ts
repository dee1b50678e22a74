import { describe, expect, it } from 'vitest';
import { parseTypedDate } from '../../../src/lib/typed-date';

describe('a birth date as patrons type it', () => {
  it.each([
    ['19900415', '1990-04-15'],
    ['1990/4/15', '1990-04-15'],
    ['1990-04-15', '1990-04-15'],
    ['1990.4.5', '1990-04-05'],
    ['1990年4月15日', '1990-04-15'],
    ['１９９０／０４／１５', '1990-04-15'],
    [' 1990 / 4 / 15 ', '1990-04-15'],
    ['2000/2/29', '2000-02-29'],
  ])('reads %s as %s', (typed, day) => {
    expect(parseTypedDate(typed)).toBe(day);
  });

  it.each(['', '1990415', '90/4/15', '1990/13/1', '1990/2/30', '1900/2/29', '1899/12/31', '0415', 'H2/4/15'])(
    'refuses %s, which is no day of the calendar',
    (typed) => {
      expect(parseTypedDate(typed)).toBeNull();
    },
  );
});
