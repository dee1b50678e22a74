import { DomainError } from '../domain/errors';
import { rankByCount } from '../domain/catalogue/rankings';
import { searchCatalogue } from '../domain/catalogue/search-catalogue';
import { isOpenReservation } from '../domain/reservation-states';
import { addDays, startOfTokyoDay, tokyoDate } from '../domain/time';
import { defineHandler } from './define-handler';
import { presentTitle, presentTitles } from './present-title';

/** 貸出ベスト counts the loans of this many days, today included. */
const LOAN_RANKING_DAYS = 90;
const RANKING_SIZE = 50;

export const catalogueHandlers = [
  defineHandler('searchCatalogue', ({ library, query }) => {
    const { titles, copies } = library.db.tables;
    const { ids, total } = searchCatalogue(query, library.searchIndex(), {
      title: (id) => titles.get(id),
      allTitles: () => titles.all(),
      copiesOf: (titleId) => copies.where('titleId', titleId),
    });
    return { items: presentTitles(library, ids), total, page: query.page, pageSize: query.pageSize, sort: query.sort };
  }),

  defineHandler('getTitle', ({ library, params }) => {
    const { titles, copies, loans } = library.db.tables;
    const title = titles.get(params.titleId);
    if (!title) throw new DomainError('NOT_FOUND', `No title ${params.titleId}`);
    const volumes = title.seriesId
      ? titles.where('seriesId', title.seriesId).sort((a, b) => (a.volumeNumber ?? 0) - (b.volumeNumber ?? 0) || (a.id < b.id ? -1 : 1))
      : [];
    const branchOrder = new Map(library.profile.branches.map((branch, n) => [branch.id, n]));
    const holdings = copies
      .where('titleId', title.id)
      .sort((a, b) => (branchOrder.get(a.branchId) ?? 99) - (branchOrder.get(b.branchId) ?? 99) || (a.id < b.id ? -1 : 1))
      .map((copy) => ({
        copyId: copy.id,
        branchId: copy.branchId,
        shelf: copy.shelf,
        status: copy.status,
        dueDate:
          copy.status === 'on-loan' ? (loans.where('copyId', copy.id).find((loan) => loan.returnedAt === null)?.dueDate ?? null) : null,
      }));
    return {
      ...presentTitle(library, title),
      referenceOnly: title.referenceOnly,
      etextUrl: title.etextUrl,
      series:
        title.seriesId && title.seriesTitle
          ? {
              id: title.seriesId,
              title: title.seriesTitle,
              volumes: volumes.map((volume) => ({
                id: volume.id,
                title: volume.title,
                volumeLabel: volume.volumeLabel,
                volumeNumber: volume.volumeNumber,
              })),
            }
          : null,
      holdings,
    };
  }),

  defineHandler('getNewArrivals', ({ library, query, now }) => {
    const since = addDays(tokyoDate(now), -(query.days - 1));
    const from = startOfTokyoDay(since);
    const arrivals = library.db.tables.titles
      .filter((title) => Date.parse(title.acquiredAt) >= from && Date.parse(title.acquiredAt) <= now)
      .filter((title) => !query.materialTypes || query.materialTypes.includes(title.materialType))
      .sort((a, b) => Date.parse(b.acquiredAt) - Date.parse(a.acquiredAt) || (a.id < b.id ? -1 : 1));
    const start = (query.page - 1) * query.pageSize;
    return {
      items: presentTitles(
        library,
        arrivals.slice(start, start + query.pageSize).map((title) => title.id),
      ),
      total: arrivals.length,
      page: query.page,
      pageSize: query.pageSize,
      since,
    };
  }),

  defineHandler('getRanking', ({ library, params, query, now }) => {
    const { titles, loans, reservations } = library.db.tables;
    const today = tokyoDate(now);
    const from = params.kind === 'loans' ? addDays(today, -(LOAN_RANKING_DAYS - 1)) : today;
    const counted =
      params.kind === 'loans'
        ? loans.filter((loan) => tokyoDate(Date.parse(loan.loanedAt)) >= from && Date.parse(loan.loanedAt) <= now)
        : reservations.filter(isOpenReservation);
    const counts = new Map<string, number>();
    for (const { titleId } of counted) {
      const title = titles.get(titleId);
      if (!title || (query.materialTypes && !query.materialTypes.includes(title.materialType))) continue;
      counts.set(titleId, (counts.get(titleId) ?? 0) + 1);
    }
    const ranked = rankByCount(counts, RANKING_SIZE);
    return {
      kind: params.kind,
      from,
      to: today,
      items: ranked.map(({ titleId, count, rank }) => ({ rank, count, title: presentTitle(library, titles.get(titleId)!) })),
    };
  }),
];
