import type { SimEvent } from '../../src/api/contract/simulation';
import type { CopyRow, LoanRow, PatronRow, ReservationRow } from '../db/schema';
import { personasOf } from '../seed/personas';
import { closedDayLookup, type ClosedDayLookup } from '../domain/calendar';
import { noticeAddresses } from '../domain/contact';
import { preferredCopy } from '../domain/counter';
import { overdueNotice, overdueNoticeDue } from '../domain/loans/overdue-notice';
import { dueReminder, reminderDue } from '../domain/loans/reminder';
import { nextMailId } from '../domain/mail';
import { approvedCancel, stateAfterApproval, stateInOrder } from '../domain/reservations/approval';
import { firstToSecure, resumeDue } from '../domain/reservations/hold';
import { readyNotice } from '../domain/reservations/notice';
import { queueOf, relabelQueue } from '../domain/reservations/queue';
import { arrivalDue, expired, expiryDue, readyAt, secureCopy, securingDue } from '../domain/reservations/securing';
import { DAY, HOUR, MINUTE, startOfTokyoDay, tokyoDate, toIso } from '../domain/time';
import type { Library } from './library-host';

// The library's back office, simulated: staff approve requests, take copies off shelves, the van
// carries them, patrons are told, uncollected items expire, and other patrons bring loans back.
// It applies the pure rules of mocks/domain/reservations in time order whenever the library is
// used, up to the library's own clock, so that moving the clock forward plays out what would have
// happened meanwhile. Every step depends only on the rows and the clock: the same library and
// the same time give the same result.

/** Something the library did (the back office, or staff at the counter), for the demo panel's event log. */
export interface OfficeEvent {
  at: number;
  kind: SimEvent['kind'];
  patronId: string | null;
  titleId: string | null;
  branchId: string | null;
  state?: ReservationRow['state'];
  subject?: string;
}

export type RecordEvent = (event: OfficeEvent) => void;

interface Step {
  at: number;
  /** Among steps due at the same moment, the lower first; then by key. */
  order: number;
  key: string;
  run: (at: number) => void;
}

const MAX_STEPS = 100_000;

function stringHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/**
 * When another patron brings a loan back: most on a day up to four before it is due, one in eight
 * one to eight days late, in opening hours; a loan that should have been back before the library
 * was seeded is late, and comes back within the ten days after the seed. (The demo patrons never
 * return on their own: a designer returns their loans.)
 */
export function returnDue(loan: LoanRow, seededAt: number): number {
  const hash = stringHash(loan.id);
  const late = (hash >>> 13) % 8 === 0;
  const days = late ? -(1 + ((hash >>> 16) % 8)) : hash % 5;
  const onTime = startOfTokyoDay(loan.dueDate) - days * DAY + (10 + ((hash >>> 3) % 8)) * HOUR;
  const earliest = Date.parse(loan.loanedAt) + DAY;
  const at = Math.max(onTime, earliest);
  return at > seededAt ? at : seededAt + (1 + ((hash >>> 6) % 10)) * DAY + ((hash >>> 10) % 6) * HOUR;
}

export class BackOffice {
  private readonly isClosed: ClosedDayLookup;
  /** The demo patrons keep their loans until a designer returns them; everybody else returns on their own. */
  private readonly keepsLoans: Set<string>;
  private readonly seededAt: number;

  constructor(
    private readonly library: Library,
    private readonly record: RecordEvent = () => undefined,
  ) {
    const { tables } = library.db;
    this.isClosed = closedDayLookup(tables.closedDays.all());
    const demoCards = new Set(personasOf(library.profile).map((persona) => persona.cardNumber));
    this.keepsLoans = new Set(tables.patrons.filter((patron) => demoCards.has(patron.cardNumber)).map((patron) => patron.id));
    this.seededAt = Date.parse(library.meta.seededAt);
  }

  run(now: number): number {
    for (let count = 0; count < MAX_STEPS; count++) {
      const step = this.nextStep(now);
      if (!step) return count;
      step.run(step.at);
    }
    throw new Error('The back office did not settle: a rule keeps rescheduling itself');
  }

  private nextStep(now: number): Step | null {
    let best: Step | null = null;
    const consider = (step: Step) => {
      if (step.at > now) return;
      if (
        !best ||
        step.at < best.at ||
        (step.at === best.at && (step.order < best.order || (step.order === best.order && step.key < best.key)))
      )
        best = step;
    };
    const { reservations, loans, patrons } = this.library.db.tables;
    const approval = this.library.profile.reservations.approvalMinutes * MINUTE;
    for (const reservation of reservations.all()) {
      const { id, state } = reservation;
      if (state === 'requested')
        consider({ at: Date.parse(reservation.reservedAt) + approval, order: 1, key: id, run: (at) => this.approve(reservation, at) });
      else if (state === 'cancel-requested' && reservation.cancelledAt) {
        consider({
          at: Date.parse(reservation.cancelledAt) + approval,
          order: 0,
          key: id,
          run: (at) => this.approveCancel(reservation, at),
        });
      } else if (state === 'awaiting-pick')
        consider({ at: securingDue(reservation.updatedAt), order: 3, key: id, run: (at) => this.secureFromShelf(reservation, at) });
      else if (state === 'in-transit' && reservation.securedAt) {
        consider({
          at: arrivalDue(reservation.securedAt, reservation.pickupBranchId, this.isClosed),
          order: 4,
          key: id,
          run: (at) => this.arrive(reservation, at),
        });
      } else if (state === 'ready' && reservation.pickupDeadline) {
        consider({ at: expiryDue(reservation.pickupDeadline), order: 2, key: id, run: (at) => this.expire(reservation, at) });
      }
      if (reservation.heldUntil !== null)
        consider({ at: resumeDue(reservation.heldUntil), order: 0, key: id, run: (at) => this.resume(reservation, at) });
    }
    for (const loan of loans.all()) {
      if (loan.returnedAt !== null) continue;
      if (!this.keepsLoans.has(loan.patronId))
        consider({ at: returnDue(loan, this.seededAt), order: 5, key: loan.id, run: (at) => this.bringBack(loan, at) });
      const patron = patrons.get(loan.patronId);
      const remindAt = patron ? reminderDue(loan, patron, this.library.profile) : null;
      // Loans already near their due date when the library was seeded were reminded before it.
      if (patron && remindAt !== null && remindAt >= this.seededAt) {
        consider({ at: remindAt, order: 6, key: loan.id, run: (at) => this.remind(loan, patron, at) });
      }
      const overdueAt = patron ? overdueNoticeDue(loan, patron, this.library.profile) : null;
      // Loans already overdue when the library was seeded were told so before it.
      if (patron && overdueAt !== null && overdueAt >= this.seededAt) {
        consider({ at: overdueAt, order: 7, key: loan.id, run: (at) => this.noticeOverdue(loan, patron, at) });
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- the steps

  approve(reservation: ReservationRow, at: number): void {
    const { copies, reservations } = this.library.db.tables;
    const ofTitle = reservations.where('titleId', reservation.titleId);
    const held = copies.where('titleId', reservation.titleId).filter((copy) => copy.status !== 'lost');
    const claimed = ofTitle.filter((other) => other.state === 'awaiting-pick').length;
    const state = stateAfterApproval({
      copies: held.length,
      freeOnShelf: held.filter((copy) => copy.status === 'on-shelf').length - claimed,
      queuedAhead: queueOf(ofTitle).length,
      previousVolumeReady: this.previousVolumeReady(reservation),
    });
    reservations.update(reservation.id, { state, updatedAt: toIso(at) });
    this.record({
      at,
      kind: 'approved',
      patronId: reservation.patronId,
      titleId: reservation.titleId,
      branchId: reservation.pickupBranchId,
      state,
    });
  }

  private approveCancel(reservation: ReservationRow, at: number): void {
    const { reservations } = this.library.db.tables;
    reservations.update(reservation.id, approvedCancel(reservation, toIso(at)));
    this.record({
      at,
      kind: 'cancelled',
      patronId: reservation.patronId,
      titleId: reservation.titleId,
      branchId: reservation.pickupBranchId,
    });
    this.relabel(reservation.titleId, at);
    // The volume after a cancelled one no longer waits for it.
    if (reservation.orderGroupId) this.resettle(reservation.orderGroupId, at);
  }

  private secureFromShelf(reservation: ReservationRow, at: number): void {
    const { copies, reservations } = this.library.db.tables;
    const shelf = copies.where('titleId', reservation.titleId).filter((copy) => copy.status === 'on-shelf');
    const copy = preferredCopy(shelf, reservation.pickupBranchId);
    if (!copy) {
      // Somebody borrowed the last copy at the counter meanwhile: join the queue instead.
      reservations.update(reservation.id, { state: 'waiting', updatedAt: toIso(at) });
      this.relabel(reservation.titleId, at);
      return;
    }
    this.give(copy, reservation, at);
  }

  private arrive(reservation: ReservationRow, at: number): void {
    this.becomeReady(
      reservation,
      readyAt({ pickupBranchId: reservation.pickupBranchId, securedAt: reservation.securedAt! }, at, this.library.profile, this.isClosed),
      at,
    );
  }

  private expire(reservation: ReservationRow, at: number): void {
    const { reservations, copies } = this.library.db.tables;
    reservations.update(reservation.id, expired(at));
    this.record({
      at,
      kind: 'expired',
      patronId: reservation.patronId,
      titleId: reservation.titleId,
      branchId: reservation.pickupBranchId,
    });
    const copy = reservation.copyId ? copies.get(reservation.copyId) : undefined;
    if (copy) this.passOn(copy, at);
  }

  /** A loan comes back (on its own, or checked in at the counter): its copy goes on to whoever waits for it. */
  bringBack(loan: LoanRow, at: number): void {
    const { loans, copies } = this.library.db.tables;
    loans.update(loan.id, { returnedAt: toIso(at) });
    this.record({ at, kind: 'returned', patronId: loan.patronId, titleId: loan.titleId, branchId: loan.branchId });
    const copy = copies.get(loan.copyId);
    if (copy) this.passOn(copy, at);
  }

  /** 返却期限日のお知らせ, by e-mail, a few days before the due date (to each address the contact names). */
  private remind(loan: LoanRow, patron: PatronRow, at: number): void {
    this.mailAboutLoan(loan, patron, at, dueReminder);
    this.library.db.tables.loans.update(loan.id, { reminderSentAt: toIso(at) });
  }

  /** 延滞のお知らせ, by e-mail, once a loan is past its due date (to each address the contact names). */
  private noticeOverdue(loan: LoanRow, patron: PatronRow, at: number): void {
    this.mailAboutLoan(loan, patron, at, overdueNotice);
    this.library.db.tables.loans.update(loan.id, { overdueNoticeSentAt: toIso(at) });
  }

  private mailAboutLoan(loan: LoanRow, patron: PatronRow, at: number, compose: typeof dueReminder): void {
    const { titles, mail } = this.library.db.tables;
    const title = titles.get(loan.titleId);
    for (const to of noticeAddresses(patron, patron.contactMethod)) {
      const sent = mail.insert(
        compose({
          id: nextMailId(mail),
          patron,
          to,
          libraryName: this.library.profile.name.ja,
          title: title ? (title.volumeLabel ? `${title.title} ${title.volumeLabel}` : title.title) : loan.titleId,
          dueDate: loan.dueDate,
          sentAt: toIso(at),
        }),
      );
      this.record({ at, kind: 'mail-sent', patronId: patron.id, titleId: loan.titleId, branchId: null, subject: sent.subject });
    }
  }

  /**
   * 保留 ends, on its day or when the patron resumes it: the reservation is secured again in its
   * place, and takes a copy that waits on the shelf because everyone before it was held too.
   */
  resume(reservation: ReservationRow, at: number): void {
    const { copies, reservations } = this.library.db.tables;
    reservations.update(reservation.id, { heldUntil: null, updatedAt: toIso(at) });
    this.record({
      at,
      kind: 'resumed',
      patronId: reservation.patronId,
      titleId: reservation.titleId,
      branchId: reservation.pickupBranchId,
    });
    const ofTitle = reservations.where('titleId', reservation.titleId);
    const claimed = ofTitle.filter((other) => other.state === 'awaiting-pick').length;
    const free = copies.where('titleId', reservation.titleId).filter((copy) => copy.status === 'on-shelf').length - claimed;
    if (free > 0 && firstToSecure(queueOf(ofTitle), tokyoDate(at))?.id === reservation.id) {
      reservations.update(reservation.id, { state: 'awaiting-pick', updatedAt: toIso(at) });
      this.relabel(reservation.titleId, at);
    }
  }

  // ---------------------------------------------------------------- what the steps share

  /** A copy that is free again goes to the first of its title's queue not held (保留), or back on the shelf. */
  passOn(copy: CopyRow, at: number): void {
    const next = firstToSecure(queueOf(this.library.db.tables.reservations.where('titleId', copy.titleId)), tokyoDate(at));
    if (next) {
      this.give(copy, next, at);
      this.relabel(copy.titleId, at);
    } else {
      this.library.db.tables.copies.update(copy.id, { status: 'on-shelf' });
    }
  }

  /** A copy is taken for a reservation: it travels to the pickup branch, or is ready there at once. */
  give(copy: CopyRow, reservation: ReservationRow, at: number): void {
    const { copies, reservations } = this.library.db.tables;
    const change = secureCopy(reservation, copy, at, this.library.profile, this.isClosed);
    copies.update(copy.id, { status: change.state === 'in-transit' ? 'in-transit' : 'held' });
    this.record({ at, kind: 'secured', patronId: reservation.patronId, titleId: reservation.titleId, branchId: copy.branchId });
    if (change.state === 'ready') this.becomeReady(reservation, change, at);
    else {
      reservations.update(reservation.id, change);
      this.record({
        at,
        kind: 'in-transit',
        patronId: reservation.patronId,
        titleId: reservation.titleId,
        branchId: reservation.pickupBranchId,
      });
    }
  }

  /** 利用可能: the row changes, the patron is told by e-mail (at each address) when that is their contact, and the next volume of an ordered reservation may start. */
  private becomeReady(reservation: ReservationRow, change: Partial<ReservationRow>, at: number): void {
    const { reservations, patrons, titles, mail } = this.library.db.tables;
    const ready = reservations.update(reservation.id, change);
    this.record({ at, kind: 'ready', patronId: ready.patronId, titleId: ready.titleId, branchId: ready.pickupBranchId });
    const patron = patrons.get(ready.patronId);
    const branch = this.library.profile.branches.find((candidate) => candidate.id === ready.pickupBranchId);
    for (const to of patron ? noticeAddresses(patron, ready.contactMethod) : []) {
      const notice = mail.insert(
        readyNotice({
          id: nextMailId(this.library.db.tables.mail),
          patron: patron!,
          to,
          libraryName: this.library.profile.name.ja,
          title: titles.get(ready.titleId)?.title ?? ready.titleId,
          branchName: branch?.name.ja ?? ready.pickupBranchId,
          deadline: ready.pickupDeadline ?? '',
          sentAt: toIso(at),
        }),
      );
      this.record({ at, kind: 'mail-sent', patronId: ready.patronId, titleId: ready.titleId, branchId: null, subject: notice.subject });
    }
    const following = this.nextVolume(ready);
    if (following) this.approve(following, at);
  }

  /**
   * Brings every volume of an ordered reservation in line with its order, first to last: one whose
   * previous volume is not ready waits as 準備中, one that no longer has to wait is approved again.
   */
  resettle(groupId: string, at: number): void {
    const { reservations } = this.library.db.tables;
    const positions = reservations
      .filter((member) => member.orderGroupId === groupId && member.state !== 'cancelled')
      .sort((a, b) => (a.orderPosition ?? 0) - (b.orderPosition ?? 0))
      .map((member) => member.id);
    for (const id of positions) {
      const member = reservations.get(id)!;
      const move = stateInOrder(member.state, this.previousVolumeReady(member));
      if (move === 'approve') this.approve(member, at);
      else if (move === 'preparing') {
        reservations.update(id, { state: 'preparing', updatedAt: toIso(at) });
        this.relabel(member.titleId, at);
      }
    }
  }

  relabel(titleId: string, at: number): void {
    const { reservations } = this.library.db.tables;
    for (const { id, state } of relabelQueue(reservations.where('titleId', titleId)))
      reservations.update(id, { state, updatedAt: toIso(at) });
  }

  private groupOf(reservation: ReservationRow): ReservationRow[] {
    if (!reservation.orderGroupId) return [];
    return this.library.db.tables.reservations.filter(
      (other) => other.orderGroupId === reservation.orderGroupId && other.state !== 'cancelled',
    );
  }

  /** In an ordered reservation: whether the volume before this one is ready; null outside one or for the first. */
  private previousVolumeReady(reservation: ReservationRow): boolean | null {
    if (!reservation.orderGroupId || reservation.orderPosition === null) return null;
    const before = this.groupOf(reservation)
      .filter((other) => other.orderPosition !== null && other.orderPosition < reservation.orderPosition!)
      .sort((a, b) => b.orderPosition! - a.orderPosition!)[0];
    return before ? before.state === 'ready' : null;
  }

  /** The 準備中 volume that follows a volume that just became ready. */
  private nextVolume(ready: ReservationRow): ReservationRow | undefined {
    if (ready.orderPosition === null) return undefined;
    return this.groupOf(ready)
      .filter((other) => other.state === 'preparing' && other.orderPosition !== null && other.orderPosition > ready.orderPosition!)
      .sort((a, b) => a.orderPosition! - b.orderPosition!)[0];
  }
}

/**
 * Play the back office forward to `now` inside the current transaction; answers how many steps it
 * took. Handlers call it before they read, so every answer reflects the library at that moment.
 */
export function runBackOffice(library: Library, now: number, record?: RecordEvent): number {
  return new BackOffice(library, record).run(now);
}

/** 保留の解除 by the patron, before its day: as the back office would on the day. */
export function resumeHeld(library: Library, reservation: ReservationRow, now: number): void {
  new BackOffice(library).resume(reservation, now);
}

/** After the patron reordered an ordered reservation: each volume waits for, or stops waiting for, the one before it. */
export function resettleOrder(library: Library, groupId: string, now: number): void {
  new BackOffice(library).resettle(groupId, now);
}
