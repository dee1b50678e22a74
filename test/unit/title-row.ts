import type { TitleRow } from '../../mocks/db/schema';

/** A title record for rule tests: an ordinary book with nothing special; override what the test is about. */
export function titleRow(overrides: Partial<TitleRow> = {}): TitleRow {
  return {
    id: 'T1',
    title: 'こころ',
    titleReading: 'ココロ',
    volumeLabel: null,
    seriesId: null,
    seriesTitle: null,
    volumeNumber: null,
    author: '夏目 漱石',
    authorReading: 'ナツメ ソウセキ',
    publisher: '岩波書店',
    year: 2000,
    isbn: null,
    ndc: '913.6',
    materialType: 'book',
    referenceOnly: false,
    latestIssue: false,
    etextUrl: null,
    acquiredAt: '2026-01-01T10:00:00+09:00',
    ...overrides,
  };
}
