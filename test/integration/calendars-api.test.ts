import { describe, expect, it } from 'vitest';
import { useSessionToken } from '../../src/api/client/session-token';
import type { ProfileId } from '../../src/api/contract/library';
import { parseIcs } from '../parse-ics';
import { api, interceptApiRequests, openLibrary, persona } from './harness';

interceptApiRequests();

async function logIn(profileId: ProfileId, situation: 'reader' | 'quiet' | 'holder') {
  const patron = persona(profileId, situation);
  const { token } = await api.call('login', { body: { cardNumber: patron.cardNumber, password: patron.password! } });
  useSessionToken.setState({ token });
}

/** What a calendar app does with a subscription: a plain GET, no login. */
async function subscribe(url: string) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('Content-Type'), text: await response.text() };
}

let requests = 0;
const requestId = () => `calendar-request-${++requests}`;

describe('Calendars (.ics)', () => {
  it("puts each loan's 返却期限 and each ready item's 取置期限 in the patron's calendar, all day, with UIDs that stay, in the patron's language", async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004', 'holder');
    const loans = (await api.call('getLoans')).items;
    const ready = (await api.call('getReservations')).items.filter((item) => item.state === 'ready');
    expect(loans.length + ready.length).toBeGreaterThan(0);
    const first = parseIcs(await api.call('getMyCalendarFile', { query: {} }));
    expect(first.properties['x-wr-timezone']).toBe('Asia/Tokyo');
    expect(first.events).toHaveLength(loans.length + ready.length);
    for (const loan of loans) {
      const event = first.events.find((candidate) => candidate.uid === `loan-${loan.id}-due@p004.shiori.example`)!;
      expect(event).toMatchObject({ start: loan.dueDate, allDay: true, sequence: loan.renewals });
      expect(event.summary).toMatch(/^返却期限: /);
      expect(event.description).toMatch(/^貸出館: /);
    }
    for (const item of ready) {
      const event = first.events.find((candidate) => candidate.uid === `reservation-${item.id}-pickup@p004.shiori.example`)!;
      expect(event).toMatchObject({ start: item.pickupDeadline, allDay: true });
      expect(event.summary).toBe(`取置期限: ${item.title}${item.volumeLabel ? ` ${item.volumeLabel}` : ''}`);
    }
    const again = parseIcs(await api.call('getMyCalendarFile', { query: {} }));
    expect(again.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid));
    const english = parseIcs(await api.call('getMyCalendarFile', { query: { lang: 'en' } }));
    expect(english.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid));
    expect(english.events.every((event) => /^(Due|Pick up by): /.test(event.summary))).toBe(true);
  });

  it('moves a renewed loan under the same UID to its new due date with a higher SEQUENCE, so that an import updates it', async () => {
    openLibrary({ profileId: 'p004' });
    await logIn('p004', 'reader');
    const loan = (await api.call('getLoans')).items.find((item) => item.actions.renew.allowed)!;
    const uid = `loan-${loan.id}-due@p004.shiori.example`;
    const before = parseIcs(await api.call('getMyCalendarFile', { query: {} })).events.find((event) => event.uid === uid)!;
    const renewed = await api.call('renewLoan', { params: { loanId: loan.id }, body: { requestId: requestId() } });
    const after = parseIcs(await api.call('getMyCalendarFile', { query: {} })).events.find((event) => event.uid === uid)!;
    expect(after.start).toBe(renewed.dueDate);
    expect(after.start).not.toBe(before.start);
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it("answers the library's closed days to anyone, from the current month on, one all-day 休館日 each", async () => {
    openLibrary({ profileId: 'p000' });
    const clock = await api.call('simGetClock');
    const month = clock.now.slice(0, 7);
    const { days } = await api.call('getLibraryCalendar', { query: { month } });
    const closed = days.filter((day) => day.closures.some((closure) => closure.branchId === null)).map((day) => day.date);
    const { events, properties } = parseIcs(await api.call('getLibraryCalendarFile', { query: {} }));
    expect(properties['x-wr-calname']).toContain('休館日');
    const thisMonth = events.filter((event) => event.start.startsWith(month));
    expect(thisMonth.map((event) => event.start)).toEqual(closed);
    for (const event of thisMonth)
      expect(event).toMatchObject({
        uid: `closed-${event.start.replaceAll('-', '')}@p000.shiori.example`,
        summary: '休館日',
        allDay: true,
      });
    expect(events.some((event) => event.start.slice(0, 7) > month)).toBe(true);
  });

  it("answers a subscription address with its patron's calendar and no other's, stops answering it after a reset, and keeps only a digest of its secret", async () => {
    const host = openLibrary({ profileId: 'p004' });
    await logIn('p004', 'holder');
    expect(await api.call('getCalendarFeedStatus')).toEqual({ issuedAt: null, language: null });
    const issued = await api.call('resetCalendarFeed', { body: { language: 'ja' } });
    expect(await api.call('getCalendarFeedStatus')).toEqual({ issuedAt: issued.issuedAt, language: 'ja' });
    const own = await api.call('getMyCalendarFile', { query: {} });
    const feed = await subscribe(issued.url);
    expect(feed).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8' });
    expect(parseIcs(feed.text).events).toEqual(parseIcs(own).events);

    await logIn('p004', 'reader');
    const other = await api.call('resetCalendarFeed', { body: { language: 'en' } });
    const otherEvents = parseIcs((await subscribe(other.url)).text).events;
    expect(otherEvents.map((event) => event.uid)).toEqual(
      parseIcs(await api.call('getMyCalendarFile', { query: {} })).events.map((event) => event.uid),
    );
    expect(otherEvents.some((event) => parseIcs(feed.text).events.some((mine) => mine.uid === event.uid))).toBe(false);

    const token = issued.url.split('/').pop()!.replace('.ics', '');
    const stored = await host.run(async (library) => library.db.tables.calendarFeeds.all());
    expect(JSON.stringify(stored)).not.toContain(token.slice(16));

    await logIn('p004', 'holder');
    const replaced = await api.call('resetCalendarFeed', { body: { language: 'ja' } });
    expect(replaced.url).not.toBe(issued.url);
    expect((await subscribe(issued.url)).status).toBe(404);
    expect((await subscribe(replaced.url)).status).toBe(200);
    const guessed = `${token.slice(0, 16)}${'0'.repeat(64)}`;
    expect((await subscribe(issued.url.replace(token, guessed))).status).toBe(404);
    expect((await subscribe(issued.url.replace(token, 'not-a-token'))).status).toBe(404);
  });

  it('is off where the library offers no calendars: CONFLICT not-offered, and its feeds are not found', async () => {
    openLibrary({ profileId: 'p001' });
    await logIn('p001', 'reader');
    const issued = await api.call('resetCalendarFeed', { body: { language: 'ja' } });
    await api.call('simSetSettings', { body: { calendars: false } });
    expect((await api.call('getLibrary')).features.calendars).toBe(false);
    await expect(api.call('getMyCalendarFile', { query: {} })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'not-offered' },
    });
    await expect(api.call('getLibraryCalendarFile', { query: {} })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await subscribe(issued.url)).status).toBe(404);
    await api.call('simSetSettings', { body: { calendars: true } });
    expect((await subscribe(issued.url)).status).toBe(200);
  });
});
