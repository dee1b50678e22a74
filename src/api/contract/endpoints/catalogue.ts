import { define } from '../endpoint';
import {
  NewArrivals,
  NewArrivalsQuery,
  Ranking,
  RankingParams,
  RankingQuery,
  SearchQuery,
  SearchResult,
  TitleDetail,
  TitleParams,
} from '../catalogue';

/** The catalogue: search, a title, new arrivals, rankings. */
export const catalogueEndpoints = {
  searchCatalogue: define({
    method: 'GET',
    path: '/catalogue/search',
    summary: '蔵書検索: simple (q) and detailed search, paged, sorted by relevance, newest or title reading',
    auth: 'public',
    query: SearchQuery,
    response: SearchResult,
    errors: ['VALIDATION_FAILED'],
  }),
  getTitle: define({
    method: 'GET',
    path: '/catalogue/titles/:titleId',
    summary: '資料詳細: the title, its series, holdings per branch, the queue and whether it can be reserved',
    auth: 'public',
    params: TitleParams,
    response: TitleDetail,
    errors: ['NOT_FOUND'],
  }),
  getNewArrivals: define({
    method: 'GET',
    path: '/catalogue/new-arrivals',
    summary: '新着資料: titles acquired in the last days, newest first',
    auth: 'public',
    query: NewArrivalsQuery,
    response: NewArrivals,
    errors: ['VALIDATION_FAILED'],
  }),
  getRanking: define({
    method: 'GET',
    path: '/catalogue/rankings/:kind',
    summary: '貸出ベスト (loans of the last 90 days) and 予約ベスト (reservations waiting now), top 50',
    auth: 'public',
    params: RankingParams,
    query: RankingQuery,
    response: Ranking,
    errors: ['VALIDATION_FAILED'],
  }),
};
