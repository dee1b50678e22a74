import type { FieldIssue } from '../../../src/api/contract/errors';
import type { PlacementResult, PlaceReservationsRequest } from '../../../src/api/contract/reservations';
import type { PatronRow, ReservationOrigin } from '../../db/schema';
import { nextId } from '../../db/sequences';
import { contactMethodsOf } from '../../domain/contact';
import { DomainError } from '../../domain/errors';
import { isOpenReservation } from '../../domain/reservation-states';
import { newReservation, orderedPlacingRefusal, planPlacement } from '../../domain/reservations/placement';
import { toIso } from '../../domain/time';
import type { Library } from '../../runtime/library-host';
import { titleStanding } from '../catalogue/title-standing';
import { knownTitles } from './placing-options';

/** The answer to a placing is kept under its request id, so that a retry gets the same answer and places nothing twice. */
const placementKey = (patronId: string, requestId: string) => `placement:${patronId}:${requestId}`;

/** What a key was first sent with: the same key with anything else is another request, refused. */
type PlacementRequest = Omit<PlaceReservationsRequest, 'requestId'>;

interface StoredPlacement extends PlacementRequest {
  result: PlacementResult;
}

const requestOf = ({ titleIds, pickupBranchId, contactMethod, mode }: PlacementRequest): PlacementRequest => ({
  titleIds,
  pickupBranchId,
  contactMethod,
  mode,
});

/**
 * Places reservations for a patron, online or at the counter: each title placed as 予約申込 or
 * refused with its reason, the answer kept under the request id so that a retry places nothing twice.
 */
export function placeReservations(
  library: Library,
  patron: PatronRow,
  body: PlaceReservationsRequest,
  now: number,
  origin: ReservationOrigin,
): PlacementResult {
  const { meta, titles, reservations, loans, cartItems } = library.db.tables;
  const { profile } = library;

  const stored = meta.get(placementKey(patron.id, body.requestId))?.value as StoredPlacement | undefined;
  if (stored) {
    if (JSON.stringify(requestOf(stored)) !== JSON.stringify(requestOf(body)))
      throw new DomainError(
        'CONFLICT',
        'This requestId was used for another placing (other titles, pickup branch, contact method or mode)',
      );
    return stored.result;
  }

  const unique = [...new Set(body.titleIds)];
  const known = knownTitles(library, unique);
  const issues: FieldIssue[] = [];
  const branch = profile.branches.find((candidate) => candidate.id === body.pickupBranchId);
  if (!branch) issues.push({ path: 'pickupBranchId', code: 'unknown_branch', message: 'Choose one of the library’s branches' });
  if (!contactMethodsOf(patron, profile).includes(body.contactMethod)) {
    issues.push({ path: 'contactMethod', code: 'contact_not_registered', message: 'Choose a contact method you have registered' });
  }
  const orderedRefusal = body.mode === 'ordered' ? orderedPlacingRefusal(profile, known) : null;
  if (orderedRefusal === 'not-offered') {
    issues.push({ path: 'mode', code: 'ordered_not_offered', message: 'This library does not take ordered reservations' });
  } else if (orderedRefusal === 'not-one-series') {
    issues.push({ path: 'mode', code: 'ordered_not_one_series', message: 'A series reservation takes volumes of one series only' });
  }
  if (issues.length > 0 || !branch) throw DomainError.validation(issues);

  const open = reservations.where('patronId', patron.id).filter(isOpenReservation);
  const plan = planPlacement({
    profile,
    candidates: known.map((title) => ({
      titleId: title.id,
      materialType: title.materialType,
      notReservableReason: titleStanding(library, title).notReservableReason,
    })),
    patron: {
      open: open.map((row) => ({ titleId: row.titleId, materialType: titles.get(row.titleId)?.materialType ?? 'book', state: row.state })),
      borrowing: new Set(loans.where('patronId', patron.id).flatMap((loan) => (loan.returnedAt === null ? [loan.titleId] : []))),
    },
    pickupBranch: branch,
  });

  const at = toIso(now);
  const ordered = body.mode === 'ordered' && plan.accepted.length > 1;
  const placed = plan.accepted.map((candidate, n) => {
    const id = nextId(library.db.tables, 'reservations');
    reservations.insert(
      newReservation(
        { id, patronId: patron.id, titleId: candidate.titleId, pickupBranchId: branch.id, contactMethod: body.contactMethod, origin, at },
        ordered ? { orderGroupId: `G-${patron.id}-${body.requestId}`, orderPosition: n + 1 } : {},
      ),
    );
    cartItems.delete(`${patron.id}:${candidate.titleId}`);
    return { titleId: candidate.titleId, title: titles.get(candidate.titleId)!.title, reservationId: id };
  });
  const refusals = new Map(plan.refused.map((refusal) => [refusal.titleId, refusal.reason]));
  const result: PlacementResult = {
    placed,
    // In the order the patron listed them, unknown ids included.
    refused: unique.flatMap((titleId): PlacementResult['refused'] => {
      const title = titles.get(titleId);
      if (!title) return [{ titleId, title: null, reason: 'not-found' }];
      const reason = refusals.get(titleId);
      return reason ? [{ titleId, title: title.title, reason }] : [];
    }),
  };
  meta.insert({ key: placementKey(patron.id, body.requestId), value: { ...requestOf(body), result } satisfies StoredPlacement });
  return result;
}
