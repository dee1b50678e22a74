import { describe, expect, it } from 'vitest';
import type { LoanHistory } from '../../../src/api/contract/loans';
import type { ShelfList } from '../../../src/api/contract/shelves';
import { exportRows, toCsv, toJson } from '../../../src/features/shelves/export-data';
import { parseCsv } from '../../parse-csv';

const shelves: ShelfList = {
  shelves: [
    {
      id: 'want-to-read',
      kind: 'want-to-read',
      name: null,
      createdAt: null,
      actions: { rename: false, delete: false },
      items: [
        {
          titleId: 'T1',
          saved: { title: '吾輩は"猫"である', volumeLabel: '上', author: '夏目, 漱石', materialType: 'book' },
          inCatalogue: true,
          notReservableReason: null,
          note: '一行目\r\n二行目',
          addedAt: '2026-11-20T10:00:00+09:00',
          readAt: null,
        },
      ],
    },
  ],
  limits: { maxShelves: 10, maxItemsPerShelf: 100 },
  create: { allowed: true, reason: null },
};
const history: LoanHistory = {
  offered: true,
  enabled: true,
  since: '2026-09-25T10:00:00+09:00',
  items: [
    {
      loanId: 'L1',
      titleId: 'T2',
      title: '坊っちゃん',
      volumeLabel: null,
      materialType: 'book',
      loanedAt: '2026-10-01',
      returnedAt: '2026-10-14',
    },
  ],
};
const words = {
  columns: ['種別', '本棚', 'タイトル', '巻', '著者', 'メモ', '保存日', '読了日', '貸出日', '返却日', '資料ID'],
  shelfName: () => 'これから読みたい本',
  kinds: { shelf: '本棚', history: '貸出履歴' },
};

describe('データの書き出し: the patron’s shelves and 貸出履歴 leave with them', () => {
  it('writes a CSV Excel opens as UTF-8 (a BOM first) that reads back field for field, commas, quotes and line breaks included', () => {
    const csv = toCsv(exportRows(shelves, history, words));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      words.columns,
      ['本棚', 'これから読みたい本', '吾輩は"猫"である', '上', '夏目, 漱石', '一行目\r\n二行目', '2026-11-20', '', '', '', 'T1'],
      ['貸出履歴', '', '坊っちゃん', '', '', '', '', '', '2026-10-01', '2026-10-14', 'T2'],
    ]);
  });

  it('writes the same data as JSON, as the library answered it', () => {
    expect(JSON.parse(toJson(shelves, history))).toEqual({ shelves: shelves.shelves, loanHistory: history.items });
  });
});
