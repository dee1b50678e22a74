import { describe, expect, it } from 'vitest';
import {
  addMonths,
  closedDayLookup,
  closedDaysBetween,
  daysOfMonth,
  dueDateFor,
  holidayOn,
  nextOpenDay,
  publishedMonths,
} from '../../../mocks/domain/calendar';
import { pickupDeadline } from '../../../mocks/domain/pickup-deadline';
import { profiles } from '../../../mocks/profiles/profiles';

const calendar = closedDaysBetween(profiles.p003, '2026-11-01', '2027-01-31');
const isClosed = closedDayLookup(calendar);
const reasonOf = (date: string) => calendar.find((row) => row.date === date)?.reason ?? null;

describe('the library calendar', () => {
  it('closes on the weekly closing day (Monday)', () => {
    expect(reasonOf('2026-11-30')).toBe('weekly');
    expect(reasonOf('2026-12-01')).toBeNull();
  });

  it('closes on national holidays (勤労感謝の日, 2026-11-23)', () => {
    expect(reasonOf('2026-11-23')).toBe('holiday');
    expect(reasonOf('2026-11-03')).toBe('holiday');
  });

  it('closes for 年末年始 from 29 December to 3 January', () => {
    expect(reasonOf('2026-12-27')).toBeNull();
    for (const date of ['2026-12-29', '2026-12-31', '2027-01-01', '2027-01-03']) expect(reasonOf(date)).toBe('year-end');
    expect(reasonOf('2027-01-04')).toBe('weekly');
    expect(isClosed('2027-01-05')).toBe(false);
  });

  it('finds the next opening day', () => {
    expect(nextOpenDay('2026-12-29', isClosed)).toBe('2027-01-05');
    expect(nextOpenDay('2026-12-01', isClosed)).toBe('2026-12-01');
  });

  it('moves a due date that falls on a closed day to the next opening day', () => {
    expect(dueDateFor('2026-11-10', profiles.p003, isClosed)).toBe('2026-11-24');
    expect(dueDateFor('2026-11-09', profiles.p003, isClosed)).toBe('2026-11-24');
    expect(dueDateFor('2026-12-15', profiles.p003, isClosed)).toBe('2027-01-05');
    expect(dueDateFor('2026-11-16', profiles.p003, isClosed)).toBe('2026-12-01');
  });
});

describe('pickup deadlines (取置期限)', () => {
  const isClosedP = (id: keyof typeof profiles) => closedDayLookup(closedDaysBetween(profiles[id], '2026-11-01', '2027-01-31'));

  it('p003: one week counting the notice day itself', () => {
    // 24 Nov is day one, so day seven is Monday 30 Nov, a closing day: the item waits until 1 Dec.
    expect(pickupDeadline({ securedDate: '2026-11-24', noticeDate: '2026-11-24' }, profiles.p003, isClosedP('p003'))).toBe('2026-12-01');
    expect(pickupDeadline({ securedDate: '2026-11-25', noticeDate: '2026-11-25' }, profiles.p003, isClosedP('p003'))).toBe('2026-12-01');
  });

  it('p001: one week from the notice', () => {
    expect(pickupDeadline({ securedDate: '2026-11-24', noticeDate: '2026-11-25' }, profiles.p001, isClosedP('p001'))).toBe('2026-12-02');
  });

  it('p002: seven days from securing, not counting closed days', () => {
    // From Tue 24 Nov: 25, 26, 27, 28, 29 open, 30 closed (Mon), 1, 2 Dec → the 7th open day is 2 Dec.
    expect(pickupDeadline({ securedDate: '2026-11-24', noticeDate: '2026-11-24' }, profiles.p002, isClosedP('p002'))).toBe('2026-12-02');
  });

  it('p004: two weeks from securing', () => {
    expect(pickupDeadline({ securedDate: '2026-11-24', noticeDate: '2026-11-25' }, profiles.p004, isClosedP('p004'))).toBe('2026-12-08');
  });

  it('moves off the year-end closure', () => {
    expect(pickupDeadline({ securedDate: '2026-12-16', noticeDate: '2026-12-16' }, profiles.p004, isClosedP('p004'))).toBe('2027-01-05');
  });
});

describe('図書館カレンダー', () => {
  it('names the national holiday a day is, in Japanese and English', () => {
    expect(holidayOn('2026-11-23')).toEqual({ ja: '勤労感謝の日', en: 'Labor Thanksgiving Day' });
    expect(holidayOn('2026-11-24')).toBeNull();
  });

  it('publishes the twelve months before and after the current one, across the turn of the year', () => {
    expect(publishedMonths('2026-11-24')).toEqual({ first: '2025-11', last: '2027-11' });
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });

  it('lists every day of a month, 29 February in a leap year', () => {
    expect(daysOfMonth('2028-02')).toHaveLength(29);
    expect(daysOfMonth('2026-11').at(-1)).toBe('2026-11-30');
  });
});
