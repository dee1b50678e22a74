import type { z } from 'zod';
import { ApiError } from '../../src/api/client/api-error';
import { bearerToken, createApiClient, type ApiClient } from '../../src/api/client/transport';
import { endpoints, SIMULATION_PREFIX, SIMULATION_SECRET_HEADER, type EndpointName } from '../../src/api/contract/endpoints';
import { ErrorEnvelope, httpStatusOf, type ServerErrorCode } from '../../src/api/contract/errors';
import type { PlaceReservationsRequest, ReservationItem } from '../../src/api/contract/reservations';
import { parseIcs } from '../parse-ics';

// The conformance suite: checks any backend against Shiori's contract, through the same typed
// client the app uses (every answer parsed with the contract's schemas) and through raw HTTP where
// the status code and headers are the point. It logs in, reads, adds a title to the cart and takes
// it out again, places one reservation (twice, with one request id) and cancels it, gives its open
// reservations one of their contact methods (一括変更), holds one (保留) and resumes it, and replaces
// the patron's calendar subscription address: run it against a test patron, never a real one.

export interface ConformanceOptions {
  baseUrl: string;
  card: string;
  password: string;
  /** A second patron, for the checks that one patron cannot touch another's rows. */
  otherCard?: string;
  otherPassword?: string;
  /** A keyword the catalogue finds several titles for. */
  query?: string;
  /** The simulated library's simulation API secret, to check that it opens /_sim (a real backend has no /_sim). */
  simSecret?: string;
  fetch?: typeof fetch;
}

type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  name: string;
  status: CheckStatus;
  detail?: string;
}

class Skip extends Error {}
class Failure extends Error {}

function expectThat(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Failure(message);
}

interface RawAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

interface Context {
  options: ConformanceOptions;
  raw(method: string, path: string, init?: { token?: string | null; body?: string; headers?: Record<string, string> }): Promise<RawAnswer>;
  client(token: string | null): ApiClient;
  /** What earlier checks learnt, for later ones. */
  token: string | null;
  otherToken: string | null;
  placed: ReservationItem | null;
  /** The placing that put it there, for the checks of its idempotency key. */
  placing: PlaceReservationsRequest | null;
}

/** A failure answered with the envelope, the code expected and the HTTP status the contract gives that code. */
function expectEnvelope(answer: RawAnswer, codes: readonly ServerErrorCode[], what: string): z.infer<typeof ErrorEnvelope>['error'] {
  const envelope = ErrorEnvelope.safeParse(answer.body);
  expectThat(
    envelope.success,
    `${what}: HTTP ${answer.status} without the error envelope { error: { code, message } } (got ${JSON.stringify(answer.body)?.slice(0, 200)})`,
  );
  const { code } = envelope.data.error;
  expectThat(codes.includes(code as ServerErrorCode), `${what}: expected ${codes.join(' or ')}, got ${code}`);
  expectThat(
    answer.status === httpStatusOf[code as ServerErrorCode],
    `${what}: ${code} must come with HTTP ${httpStatusOf[code as ServerErrorCode]}, got ${answer.status}`,
  );
  return envelope.data.error;
}

/** The call must be refused with one of `codes`, and the reason when one is given. */
async function expectRefusal(call: Promise<unknown>, codes: readonly string[], what: string, reason?: string | null): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    expectThat(codes.includes(error.code), `${what}: expected ${codes.join(' or ')}, got ${error.code} (${error.message})`);
    if (reason)
      expectThat(error.details?.reason === reason, `${what}: expected details.reason "${reason}", got "${String(error.details?.reason)}"`);
    return;
  }
  throw new Failure(`${what}: the backend accepted it`);
}

/** GET endpoints of a patron that take nothing: each must refuse without a session and answer with one. */
const patronReads = (Object.keys(endpoints) as EndpointName[]).filter((name) => {
  const endpoint = endpoints[name];
  return (
    endpoint.method === 'GET' &&
    endpoint.auth !== 'public' &&
    !('simulation' in endpoint) &&
    !('params' in endpoint) &&
    !('query' in endpoint)
  );
});

/** Reads of a feature a library may not offer (My本棚, 読書マラソン): refused with CONFLICT not-offered where it does not. */
const optionalFeatureOf = { getShelves: 'shelves', getReadingGoals: 'readingMarathon', getCalendarFeedStatus: 'calendars' } as const;

/** Whether the feature a read belongs to is offered: its answer, or its refusal as not-offered (any other failure fails the check). */
async function offered(call: Promise<unknown>): Promise<boolean> {
  try {
    await call;
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CONFLICT' && error.details?.reason === 'not-offered') return false;
    throw error;
  }
}

/** What a server left running must withstand: bodies over its limit, malformed paths. */
const limitChecks: { name: string; run: (context: Context) => Promise<void> }[] = [
  {
    name: 'Limits: a body over 1 MB is refused with 413 PAYLOAD_TOO_LARGE in the error envelope',
    run: async ({ raw }) => {
      const body = JSON.stringify({ cardNumber: '0', password: 'x'.repeat(1024 * 1024 + 1024) });
      expectEnvelope(await raw('POST', endpoints.login.path, { body }), ['PAYLOAD_TOO_LARGE'], 'POST /auth/login with 1 MB of password');
    },
  },
  {
    name: 'Limits: a malformed %-escape in a path parameter is 400 VALIDATION_FAILED in the error envelope',
    run: async ({ raw }) => {
      for (const titleId of ['%zz', '%E3%81']) {
        const path = endpoints.getTitle.path.replace(':titleId', titleId);
        expectEnvelope(await raw('GET', path), ['VALIDATION_FAILED'], `GET ${path}`);
      }
    },
  },
];

let requestCounter = 0;
const newRequestId = () => `conformance-${Date.now().toString(36)}-${++requestCounter}`;

const checks: { name: string; run: (context: Context) => Promise<void> }[] = [
  {
    name: 'GET /library answers the library and its rules',
    run: async ({ client }) => {
      const library = await client(null).call('getLibrary');
      expectThat(library.branches.length > 0, 'the library has no branches');
    },
  },
  {
    name: 'GET /library/calendar answers a month of days with today, the months around it, and 404 for a month it does not publish',
    run: async ({ client }) => {
      const api = client(null);
      const current = await api.call('getLibraryCalendar', { query: {} });
      expectThat(current.today.date.startsWith(current.month), `today ${current.today.date} is not in the current month ${current.month}`);
      expectThat(
        current.days.length >= 28 && current.days.every((day) => day.date.startsWith(current.month)),
        `the days of ${current.month} are not the month's`,
      );
      expectThat(current.nextMonth !== null, 'the library publishes no month after the current one');
      const next = await api.call('getLibraryCalendar', { query: { month: current.nextMonth! } });
      expectThat(
        next.month === current.nextMonth && next.previousMonth === current.month,
        `the month after ${current.month} does not lead back to it`,
      );
      await expectRefusal(
        api.call('getLibraryCalendar', { query: { month: '1900-01' } }),
        ['NOT_FOUND'],
        'GET /library/calendar?month=1900-01',
      );
    },
  },
  {
    name: 'CORS: a page on another origin may send Authorization, JSON and Idempotency-Key',
    run: async ({ raw }) => {
      const answer = await raw('OPTIONS', endpoints.placeReservations.path, {
        headers: {
          Origin: 'http://app.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
        },
      });
      expectThat(answer.status >= 200 && answer.status < 300, `the preflight answered HTTP ${answer.status}`);
      const origin = answer.headers.get('access-control-allow-origin');
      expectThat(origin === '*' || origin === 'http://app.example', `Access-Control-Allow-Origin is ${origin ?? 'missing'}`);
      const allowed = (answer.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of ['authorization', 'content-type', 'idempotency-key']) {
        expectThat(
          allowed === '*' || allowed.split(/\s*,\s*/).includes(header),
          `Access-Control-Allow-Headers does not allow ${header} (${allowed || 'missing'})`,
        );
      }
    },
  },
  {
    name: `The simulation API is locked: ${SIMULATION_PREFIX} answers 401 without its secret or with a wrong one (404 where there is none), never with a CORS wildcard`,
    run: async ({ raw, options }) => {
      const path = endpoints.simGetStatus.path;
      const origin = { Origin: 'http://app.example' };
      const refusals = [
        ['without the secret', await raw('GET', path, { headers: origin })],
        [
          'with a wrong secret',
          await raw('GET', path, { headers: { ...origin, [SIMULATION_SECRET_HEADER]: 'not-the-secret-0123456789' } }),
        ],
        [
          'POST /_sim/sessions without the secret',
          await raw('POST', endpoints.simSignIn.path, { body: JSON.stringify({ cardNumber: options.card }) }),
        ],
      ] as const;
      for (const [what, answer] of refusals) {
        expectEnvelope(answer, ['UNAUTHENTICATED', 'NOT_FOUND'], `${path} ${what}`);
        expectThat(answer.headers.get('access-control-allow-origin') !== '*', `${path} ${what} answers Access-Control-Allow-Origin: *`);
      }
      if (!options.simSecret) return;
      const opened = await raw('GET', path, { headers: { ...origin, [SIMULATION_SECRET_HEADER]: options.simSecret } });
      expectThat(opened.status === 200, `${path} with the secret: HTTP ${opened.status}`);
      expectThat(
        opened.headers.get('access-control-allow-origin') !== '*',
        `${path} with the secret answers Access-Control-Allow-Origin: *`,
      );
    },
  },
  {
    name: 'Bad input: 400 VALIDATION_FAILED in the error envelope, with the fields named',
    run: async ({ raw }) => {
      const error = expectEnvelope(await raw('POST', '/auth/login', { body: '{}' }), ['VALIDATION_FAILED'], 'POST /auth/login {}');
      expectThat(Array.isArray(error.details?.fields) && error.details.fields.length > 0, 'details.fields lists no field');
      expectEnvelope(
        await raw('POST', '/auth/login', { body: 'not json' }),
        ['VALIDATION_FAILED'],
        'POST /auth/login with a body that is not JSON',
      );
    },
  },
  {
    name: 'A wrong password: 401 INVALID_CREDENTIALS',
    run: async ({ raw, options }) => {
      const body = JSON.stringify({ cardNumber: options.card, password: `${options.password}x` });
      expectEnvelope(await raw('POST', '/auth/login', { body }), ['INVALID_CREDENTIALS'], 'POST /auth/login with a wrong password');
    },
  },
  {
    name: 'Login answers a bearer token and the session',
    run: async (context) => {
      const { token, session } = await context
        .client(null)
        .call('login', { body: { cardNumber: context.options.card, password: context.options.password } });
      expectThat(!session.mustChangePassword, 'the test patron still holds a temporary password: give one with a password of their own');
      context.token = token;
      if (context.options.otherCard && context.options.otherPassword) {
        context.otherToken = (
          await context
            .client(null)
            .call('login', { body: { cardNumber: context.options.otherCard, password: context.options.otherPassword } })
        ).token;
      }
    },
  },
  {
    name: 'A password change without the current password, from a patron holding their own: 400 VALIDATION_FAILED',
    run: async ({ raw, token, options }) => {
      expectThat(token, 'not logged in');
      // The patron's own password as the new one: a backend that skipped the check changes nothing.
      const body = JSON.stringify({ newPassword: options.password });
      expectEnvelope(
        await raw(endpoints.changePassword.method, endpoints.changePassword.path, { token, body }),
        ['VALIDATION_FAILED'],
        `${endpoints.changePassword.method} ${endpoints.changePassword.path} without currentPassword`,
      );
    },
  },
  {
    name: `Auth required: ${patronReads.length} patron endpoints answer 401 without a session or with an unknown token`,
    run: async ({ raw }) => {
      for (const name of patronReads) {
        const path = endpoints[name].path;
        expectEnvelope(await raw('GET', path, { token: null }), ['UNAUTHENTICATED'], `GET ${path} without a token`);
        expectEnvelope(
          await raw('GET', path, { token: 'not-a-session' }),
          ['UNAUTHENTICATED', 'SESSION_EXPIRED'],
          `GET ${path} with an unknown token`,
        );
      }
    },
  },
  {
    name: 'Every patron read answers in the contract’s shape',
    run: async ({ client, token }) => {
      expectThat(token, 'not logged in');
      for (const name of patronReads) {
        // A feature the library does not offer is refused in the envelope, with the reason.
        if (name in optionalFeatureOf) await offered(client(token).call(name as 'getShelves'));
        else await client(token).call(name as 'getSummary');
      }
    },
  },
  {
    name: 'Catalogue: search pages, a title, new arrivals and rankings; an unknown title is 404',
    run: async ({ client, options }) => {
      const api = client(null);
      const first = await api.call('searchCatalogue', { query: { q: options.query ?? 'の', page: 1, pageSize: 5 } });
      expectThat(
        first.items.length > 0,
        `searching "${options.query ?? 'の'}" found nothing: pass --query with a keyword your catalogue has`,
      );
      expectThat(first.items.length <= 5, `pageSize 5 answered ${first.items.length} items`);
      expectThat(first.total >= first.items.length, `total ${first.total} is less than the items of the page`);
      if (first.total > 5) {
        const second = await api.call('searchCatalogue', { query: { q: options.query ?? 'の', page: 2, pageSize: 5 } });
        const seen = new Set(first.items.map((item) => item.id));
        expectThat(
          second.items.every((item) => !seen.has(item.id)),
          'page 2 repeats titles of page 1',
        );
      }
      const detail = await api.call('getTitle', { params: { titleId: first.items[0]!.id } });
      expectThat(detail.id === first.items[0]!.id, `GET /titles/${first.items[0]!.id} answered another title (${detail.id})`);
      await api.call('getNewArrivals', { query: {} });
      await api.call('getRanking', { params: { kind: 'loans' } });
      await expectRefusal(
        api.call('getTitle', { params: { titleId: 'no-such-title-0000' } }),
        ['NOT_FOUND'],
        'GET /titles/no-such-title-0000',
      );
    },
  },
  {
    name: 'Cart: a title added is in the cart, and leaves it when removed',
    run: async ({ client, token, options }) => {
      expectThat(token, 'not logged in');
      const api = client(token);
      const before = await api.call('getCart');
      const found = await api.call('searchCatalogue', { query: { q: options.query ?? 'の', pageSize: 20 } });
      const title = found.items.find((item) => item.notReservableReason === null && !before.items.some((held) => held.titleId === item.id));
      if (!title) throw new Skip('every reservable title found is in the cart already');
      if (before.items.length >= before.maxItems) throw new Skip('the cart is full');
      const result = await api.call('addToCart', { body: { titleIds: [title.id] } });
      if (result.refused[0]) throw new Skip(`the library keeps the title out of this patron's cart (${result.refused[0].reason})`);
      expectThat(result.added.includes(title.id), 'the answer does not list the title as added');
      expectThat(
        (await api.call('getCart')).items.some((item) => item.titleId === title.id),
        'the title added is not in the cart',
      );
      await api.call('removeFromCart', { body: { titleIds: [title.id] } });
      expectThat(!(await api.call('getCart')).items.some((item) => item.titleId === title.id), 'the title removed is still in the cart');
    },
  },
  {
    name: 'Options for placing: patron-scoped (401 without a session); one title is never an ordered reservation, with the reason',
    run: async ({ raw, client, token, options }) => {
      expectThat(token, 'not logged in');
      const api = client(token);
      const found = await api.call('searchCatalogue', { query: { q: options.query ?? 'の', pageSize: 20 } });
      const title = found.items[0];
      if (!title) throw new Skip('the catalogue found nothing to ask about');
      const path = `${endpoints.getPlacingOptions.path}?titleIds=${encodeURIComponent(title.id)}`;
      expectEnvelope(await raw('GET', path, { token: null }), ['UNAUTHENTICATED'], `GET ${path} without a token`);
      const { ordered } = await api.call('getPlacingOptions', { query: { titleIds: title.id } });
      expectThat(
        !ordered.allowed && ordered.reason !== null,
        'one title is offered as an ordered reservation, or refused without a reason',
      );
    },
  },
  {
    name: 'Placing is idempotent: the same requestId sent twice places one reservation',
    run: async (context) => {
      expectThat(context.token, 'not logged in');
      const api = context.client(context.token);
      const library = await api.call('getLibrary');
      const { items, contactMethods } = await api.call('getReservations');
      const found = await api.call('searchCatalogue', { query: { q: context.options.query ?? 'の', pageSize: 50, available: 'true' } });
      const reserved = new Set(items.filter((item) => item.state !== 'cancelled').map((item) => item.titleId));
      const title = found.items.find((item) => item.notReservableReason === null && !reserved.has(item.id) && item.materialType === 'book');
      if (!title) throw new Skip('no reservable book was found that the patron has not reserved');
      const branch = library.branches.find((candidate) => candidate.kind === 'library') ?? library.branches[0]!;
      const request = {
        requestId: newRequestId(),
        titleIds: [title.id],
        pickupBranchId: branch.id,
        contactMethod: contactMethods[0]!,
        mode: 'normal' as const,
      };
      const once = await api.call('placeReservations', { body: request });
      const twice = await api.call('placeReservations', { body: request });
      if (once.placed.length === 0)
        throw new Skip(`the library refused the title (${once.refused[0]?.reason}): the patron may be at a limit`);
      expectThat(JSON.stringify(once) === JSON.stringify(twice), 'the second answer differs from the first');
      const after = (await api.call('getReservations')).items.filter((item) => item.titleId === title.id && item.state !== 'cancelled');
      expectThat(after.length === 1, `the title is reserved ${after.length} times`);
      context.placed = after[0]!;
      context.placing = request;
    },
  },
  {
    name: 'Idempotency keys: Idempotency-Key must equal requestId (400), and a key sent with other titles is refused (409)',
    run: async ({ raw, client, token, placing }) => {
      if (!token || !placing) throw new Skip('no reservation was placed to try it on');
      const mismatched = await raw('POST', endpoints.placeReservations.path, {
        token,
        body: JSON.stringify(placing),
        headers: { 'Idempotency-Key': `${placing.requestId}-other` },
      });
      expectEnvelope(mismatched, ['VALIDATION_FAILED'], 'a placing whose Idempotency-Key differs from requestId');
      const api = client(token);
      const found = await api.call('searchCatalogue', { query: { q: 'の', pageSize: 50 } });
      const other = found.items.find((item) => !placing.titleIds.includes(item.id));
      if (!other) throw new Skip('no other title to send under the same key');
      const before = (await api.call('getReservations')).items.filter(
        (item) => item.titleId === other.id && item.state !== 'cancelled',
      ).length;
      await expectRefusal(
        api.call('placeReservations', { body: { ...placing, titleIds: [other.id] } }),
        ['CONFLICT'],
        'the same requestId sent with another title',
      );
      const after = (await api.call('getReservations')).items.filter(
        (item) => item.titleId === other.id && item.state !== 'cancelled',
      ).length;
      expectThat(after === before, 'the other title was reserved under a key already used');
    },
  },
  {
    name: 'No cross-patron access: another patron cannot cancel or renew this patron’s rows',
    run: async ({ client, token, otherToken, placed }) => {
      if (!otherToken) throw new Skip('give a second patron with --other-card and --other-password');
      if (!placed) throw new Skip('no reservation was placed to try it on');
      const other = client(otherToken);
      await expectRefusal(
        other.call('cancelReservation', { params: { reservationId: placed.id } }),
        ['NOT_FOUND', 'FORBIDDEN'],
        'cancelling another patron’s reservation',
      );
      const mine = (await client(token).call('getReservations')).items.find((item) => item.id === placed.id);
      expectThat(
        mine && mine.state !== 'cancelled' && mine.state !== 'cancel-requested',
        'the reservation changed after another patron tried to cancel it',
      );
      const loans = await client(token).call('getLoans');
      if (loans.items[0]) {
        await expectRefusal(
          other.call('renewLoan', { params: { loanId: loans.items[0].id }, body: { requestId: newRequestId() } }),
          ['NOT_FOUND', 'FORBIDDEN'],
          'renewing another patron’s loan',
        );
      }
      expectThat(
        !(await other.call('getReservations')).items.some((item) => item.id === placed.id),
        'another patron’s list shows this patron’s reservation',
      );
    },
  },
  {
    name: 'Cancelling: allowed where the row says so; refused with the row’s reason (409 CONFLICT) where not',
    run: async ({ client, token, placed }) => {
      expectThat(token, 'not logged in');
      const api = client(token);
      const { items } = await api.call('getReservations');
      const refused = items.find((item) => !item.actions.cancel.allowed && item.actions.cancel.reason && item.state !== 'cancelled');
      if (refused)
        await expectRefusal(
          api.call('cancelReservation', { params: { reservationId: refused.id } }),
          ['CONFLICT'],
          `cancelling ${refused.state} ${refused.id}`,
          refused.actions.cancel.reason,
        );
      if (placed) {
        const row = items.find((item) => item.id === placed.id);
        expectThat(row?.actions.cancel.allowed, 'the reservation just placed cannot be cancelled');
        const cancelled = await api.call('cancelReservation', { params: { reservationId: placed.id } });
        expectThat(
          cancelled.state === 'cancelled' || cancelled.state === 'cancel-requested',
          `after cancelling, the state is ${cancelled.state}`,
        );
      }
      if (!refused && !placed) throw new Skip('the patron has no reservation to cancel or to be refused');
    },
  },
  {
    name: 'Renewing: a refusal carries the reason the loan list gives',
    run: async ({ client, token, otherToken }) => {
      for (const session of [token, otherToken]) {
        if (!session) continue;
        const api = client(session);
        const refused = (await api.call('getLoans')).items.find((item) => !item.actions.renew.allowed && item.actions.renew.reason);
        if (!refused) continue;
        await expectRefusal(
          api.call('renewLoan', { params: { loanId: refused.id }, body: { requestId: newRequestId() } }),
          ['CONFLICT'],
          `renewing loan ${refused.id}`,
          refused.actions.renew.reason,
        );
        return;
      }
      throw new Skip('neither patron has a loan that cannot be renewed');
    },
  },
  {
    name: 'お知らせ: the unread count counts the unread; an unknown notice is 404; where the patron has one, opening it reads it (again: the same answer) and another patron cannot',
    run: async ({ client, token, otherToken }) => {
      expectThat(token, 'not logged in');
      const api = client(token);
      await expectRefusal(api.call('readNotice', { params: { noticeId: 'no-such-notice' } }), ['NOT_FOUND'], 'reading an unknown notice');
      const { notices, unreadCount } = await api.call('getNotices');
      expectThat(unreadCount === notices.filter((notice) => !notice.read).length, 'unreadCount is not the number of unread notices');
      const notice = notices[0];
      if (!notice) return;
      if (otherToken) {
        await expectRefusal(
          client(otherToken).call('readNotice', { params: { noticeId: notice.id } }),
          ['NOT_FOUND', 'FORBIDDEN'],
          'reading another patron’s notice',
        );
      }
      const read = await api.call('readNotice', { params: { noticeId: notice.id } });
      expectThat(read.id === notice.id && read.read, 'the notice opened is not read');
      const again = await api.call('readNotice', { params: { noticeId: notice.id } });
      expectThat(JSON.stringify(again) === JSON.stringify(read), 'reading a notice twice answered differently');
    },
  },
  {
    name: 'My本棚 and 読書マラソン: keyed where a repeat could duplicate, a title on a shelf once, another patron’s shelf and goal not found',
    run: async ({ client, raw, token, otherToken, options }) => {
      expectThat(token, 'not logged in');
      const api = client(token);
      const wasOffered = (await offered(api.call('getShelves'))) && (await offered(api.call('getReadingGoals')));
      // The simulated library is switched on for the check (its demo panel's switch) and back as it was after it.
      const switched = !wasOffered && options.simSecret !== undefined;
      const setFeatures = (on: boolean) =>
        raw('PUT', `${SIMULATION_PREFIX}/settings`, {
          body: JSON.stringify({ shelves: on, readingMarathon: on }),
          headers: { [SIMULATION_SECRET_HEADER]: options.simSecret! },
        });
      if (switched) await setFeatures(true);
      else if (!wasOffered) throw new Skip('the library offers no My本棚 and 読書マラソン');
      try {
        const shelfRequest = { requestId: newRequestId(), name: 'conformance' };
        const shelf = await api.call('createShelf', { body: shelfRequest });
        const again = await api.call('createShelf', { body: shelfRequest });
        expectThat(again.id === shelf.id, `the same requestId made a second shelf (${shelf.id}, ${again.id})`);
        const ownShelves = (await api.call('getShelves')).shelves.filter((item) => item.name === 'conformance');
        expectThat(ownShelves.length === 1, `${ownShelves.length} shelves after one keyed request sent twice`);
        const title = (await client(null).call('searchCatalogue', { query: { q: options.query ?? 'の', pageSize: 1 } })).items[0];
        if (title) {
          await api.call('addToShelf', { params: { shelfId: shelf.id }, body: { titleIds: [title.id] } });
          const repeat = await api.call('addToShelf', { params: { shelfId: shelf.id }, body: { titleIds: [title.id] } });
          expectThat(repeat.shelf.items.length === 1, `a title added twice is on the shelf ${repeat.shelf.items.length} times`);
        }
        const goalRequest = { requestId: newRequestId(), target: 3, period: { kind: 'month' as const } };
        const goal = await api.call('createReadingGoal', { body: goalRequest });
        expectThat((await api.call('createReadingGoal', { body: goalRequest })).id === goal.id, 'the same requestId set a second goal');
        if (otherToken) {
          const other = client(otherToken);
          await expectRefusal(
            other.call('renameShelf', { params: { shelfId: shelf.id }, body: { name: 'x' } }),
            ['NOT_FOUND', 'FORBIDDEN'],
            'renaming another patron’s shelf',
          );
          await expectRefusal(
            other.call('deleteReadingGoal', { params: { goalId: goal.id } }),
            ['NOT_FOUND', 'FORBIDDEN'],
            'deleting another patron’s goal',
          );
          expectThat(
            !(await other.call('getShelves')).shelves.some((item) => item.id === shelf.id),
            'another patron’s My本棚 shows this patron’s shelf',
          );
        }
        await api.call('deleteReadingGoal', { params: { goalId: goal.id } });
        await api.call('deleteShelf', { params: { shelfId: shelf.id } });
      } finally {
        if (switched) await setFeatures(false);
      }
    },
  },
  {
    name: 'Logout ends the session: its token is refused afterwards',
    run: async ({ client, raw, token }) => {
      expectThat(token, 'not logged in');
      await client(token).call('logout');
      expectEnvelope(
        await raw('GET', endpoints.getSession.path, { token }),
        ['UNAUTHENTICATED', 'SESSION_EXPIRED'],
        'GET /auth/session after logout',
      );
    },
  },
  ...limitChecks,
  {
    name: '一括変更: one answer per reservation, in order, each refusal with its row’s reason; keyed by requestId; another patron’s rows are not found (refused, not-offered, where the library offers no change)',
    run: async ({ client, options, raw }) => {
      const api = client(await logInAgain(client, options.card, options.password));
      const { items, contactMethods } = await api.call('getReservations');
      const open = items.filter((item) => item.state !== 'cancelled');
      const contactMethod = open.find((item) => contactMethods.includes(item.contactMethod))?.contactMethod;
      if (!contactMethod) throw new Skip('the patron has no open reservation to change');
      const body = { requestId: newRequestId(), reservationIds: open.map((item) => item.id), contactMethod };
      // Read raw: whether /library keeps its whole shape is another check's question.
      const library = (await raw('GET', endpoints.getLibrary.path)).body as { features?: { reservationChanges?: boolean } };
      if (library.features?.reservationChanges === false) {
        await expectRefusal(
          api.call('changeReservations', { body }),
          ['CONFLICT'],
          '一括変更 where the library offers none',
          'not-offered',
        );
        await expectRefusal(
          api.call('changeReservation', { params: { reservationId: open[0]!.id }, body: { contactMethod } }),
          ['CONFLICT'],
          '予約内容変更 where the library offers none',
          'not-offered',
        );
        return;
      }
      const { outcomes } = await api.call('changeReservations', { body });
      expectThat(
        JSON.stringify(outcomes.map((outcome) => outcome.reservationId)) === JSON.stringify(body.reservationIds),
        'the outcomes are not one per reservation in the order sent',
      );
      for (const item of open) {
        const outcome = outcomes.find((candidate) => candidate.reservationId === item.id)!;
        if (item.contactMethod !== contactMethod && !item.actions.changeContact.allowed)
          expectThat(
            !outcome.changed && outcome.reason === item.actions.changeContact.reason,
            `${item.id}: expected refused with "${item.actions.changeContact.reason}", got ${JSON.stringify(outcome)}`,
          );
      }
      expectThat(
        JSON.stringify(await api.call('changeReservations', { body })) === JSON.stringify({ outcomes }),
        'the same requestId sent again answered otherwise',
      );
      await expectRefusal(
        api.call('changeReservations', { body: { ...body, reservationIds: body.reservationIds.slice(0, 1), contactMethod: 'phone' } }),
        ['CONFLICT'],
        'the same requestId sent with another change',
      );
      if (!options.otherCard || !options.otherPassword) return;
      const other = client(await logInAgain(client, options.otherCard, options.otherPassword));
      const theirs = await other.call('changeReservations', { body: { ...body, requestId: newRequestId() } });
      expectThat(
        theirs.outcomes.every((outcome) => !outcome.changed && outcome.reason === 'not-found' && outcome.title === null),
        'another patron changed, or saw, this patron’s reservations',
      );
    },
  },
  {
    name: '保留: a waiting reservation is held until a day within the library’s limit and resumed; other rows are refused with their reason; another patron’s is not found',
    run: async ({ client, options }) => {
      const api = client(await logInAgain(client, options.card, options.password));
      const { items } = await api.call('getReservations');
      const holdable = items.find((item) => item.actions.hold.allowed);
      const refused = items.find((item) => !item.actions.hold.allowed && item.actions.hold.reason !== 'not-offered');
      if (refused)
        await expectRefusal(
          api.call('holdReservation', { params: { reservationId: refused.id }, body: { until: '2099-01-01' } }),
          ['CONFLICT'],
          `holding ${refused.state} ${refused.id}`,
          refused.actions.hold.reason,
        );
      if (!holdable) throw new Skip('the library offers no 保留, or the patron has no reservation to hold');
      const params = { reservationId: holdable.id };
      const latest = holdable.actions.hold.latest!;
      const dayAfter = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
      await expectRefusal(
        api.call('holdReservation', { params, body: { until: dayAfter(latest, 1) } }),
        ['VALIDATION_FAILED'],
        'a hold beyond `latest`',
      );
      if (options.otherCard && options.otherPassword) {
        const other = client(await logInAgain(client, options.otherCard, options.otherPassword));
        await expectRefusal(
          other.call('holdReservation', { params, body: { until: latest } }),
          ['NOT_FOUND', 'FORBIDDEN'],
          'holding another patron’s reservation',
        );
      }
      const held = await api.call('holdReservation', { params, body: { until: latest } });
      expectThat(held.heldUntil === latest && held.actions.resume.allowed, `after holding, heldUntil is ${held.heldUntil}`);
      const resumed = await api.call('resumeReservation', { params });
      expectThat(resumed.heldUntil === null, 'after resuming, the reservation is still held');
    },
  },
  {
    name: 'Calendars (.ics): text/calendar that an RFC 5545 parser reads, all-day events with unique UIDs; a feed address answers its patron’s calendar without a login, 404 once reset or unknown; 401 without a session',
    run: async ({ client, raw, options }) => {
      const calendarOf = async (answer: RawAnswer, what: string) => {
        expectThat(answer.status === 200, `${what}: HTTP ${answer.status}`);
        expectThat(
          answer.headers.get('Content-Type')?.startsWith('text/calendar'),
          `${what}: Content-Type ${answer.headers.get('Content-Type')}`,
        );
        const { events } = parseIcs(String(answer.body));
        expectThat(
          events.every((event) => event.allDay),
          `${what}: an event is not all-day (DATE values)`,
        );
        expectThat(new Set(events.map((event) => event.uid)).size === events.length, `${what}: two events share a UID`);
        return events.map((event) => `${event.uid} ${event.start}`).sort();
      };
      const library = await raw('GET', endpoints.getLibraryCalendarFile.path);
      if (library.status === 409) throw new Skip('the library offers no calendars');
      await calendarOf(library, `GET ${endpoints.getLibraryCalendarFile.path}`);
      const mine = endpoints.getMyCalendarFile.path;
      expectEnvelope(await raw('GET', mine, { token: null }), ['UNAUTHENTICATED'], `GET ${mine} without a token`);
      const token = await logInAgain(client, options.card, options.password);
      const own = await calendarOf(await raw('GET', mine, { token }), `GET ${mine}`);
      const fetchFeed = async (url: string) => {
        const response = await (options.fetch ?? globalThis.fetch)(url);
        const text = await response.text();
        return { status: response.status, headers: response.headers, body: response.ok ? text : (JSON.parse(text) as unknown) };
      };
      const api = client(token);
      const first = await api.call('resetCalendarFeed', { body: { language: 'ja' } });
      expectThat(
        JSON.stringify(await calendarOf(await fetchFeed(first.url), 'the feed')) === JSON.stringify(own),
        'the feed answers other events than /me/calendar.ics',
      );
      if (options.otherCard && options.otherPassword) {
        const other = client(await logInAgain(client, options.otherCard, options.otherPassword));
        const theirs = await other.call('resetCalendarFeed', { body: { language: 'ja' } });
        expectThat(theirs.url !== first.url, 'two patrons were given the same feed address');
        const theirEvents = await calendarOf(await fetchFeed(theirs.url), 'another patron’s feed');
        expectThat(!theirEvents.some((event) => own.includes(event)), 'another patron’s feed holds this patron’s events');
      }
      const second = await api.call('resetCalendarFeed', { body: { language: 'ja' } });
      expectEnvelope(await fetchFeed(first.url), ['NOT_FOUND'], 'the feed address replaced by a reset');
      await calendarOf(await fetchFeed(second.url), 'the new feed address');
      expectEnvelope(
        await raw('GET', endpoints.getCalendarFeed.path.replace(':token', '0'.repeat(80))),
        ['NOT_FOUND'],
        'an unknown feed address',
      );
    },
  },
];

/** A session of its own for a check that runs after the suite's logout. */
async function logInAgain(client: Context['client'], cardNumber: string, password: string): Promise<string> {
  return (await client(null).call('login', { body: { cardNumber, password } })).token;
}

/** Run every check in order against a backend; a check never stops the ones after it. */
export async function runConformance(options: ConformanceOptions): Promise<CheckResult[]> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;
  const context: Context = {
    options,
    token: null,
    otherToken: null,
    placed: null,
    placing: null,
    client: (token) =>
      createApiClient({
        endpoint: (name) => endpoints[name],
        baseUrl: base,
        auth: bearerToken(() => token),
        fetch: doFetch,
        timeoutMs: 20_000,
        retry: false,
      }),
    async raw(method, path, init = {}) {
      const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      if (init.token) headers.Authorization = `Bearer ${init.token}`;
      const response = await doFetch(`${base}${path}`, { method, headers, body: init.body });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: the checks say so with what came.
      }
      return { status: response.status, body, headers: response.headers };
    },
  };
  const results: CheckResult[] = [];
  for (const check of checks) {
    try {
      await check.run(context);
      results.push({ name: check.name, status: 'passed' });
    } catch (error) {
      if (error instanceof Skip) results.push({ name: check.name, status: 'skipped', detail: error.message });
      else results.push({ name: check.name, status: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

/** The report a person reads: one line per check, the reason under a failure, and the totals. */
export function formatReport(results: readonly CheckResult[], baseUrl: string): string {
  const mark: Record<CheckStatus, string> = { passed: '✓', failed: '✗', skipped: '-' };
  const lines = [`Shiori contract conformance: ${baseUrl}`, ''];
  for (const result of results) {
    lines.push(`${mark[result.status]} ${result.name}${result.status === 'skipped' ? ` (skipped: ${result.detail})` : ''}`);
    if (result.status === 'failed') lines.push(`    ${result.detail}`);
  }
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length;
  lines.push('', `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
  return lines.join('\n');
}
