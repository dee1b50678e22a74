import { describe, expect, it } from 'vitest';
import { TitleDetail } from '../../../src/api/contract/catalogue';
import { WebUrl } from '../../../src/api/contract/common';

// An e-text's address becomes a link a patron clicks: the contract lets only web addresses through.

describe('an e-text address', () => {
  it('is a web address, http or https', () => {
    expect(WebUrl.safeParse('https://www.aozora.gr.jp/cards/000148/files/773_14560.html').success).toBe(true);
    expect(WebUrl.safeParse('http://library.example/etext/1').success).toBe(true);
  });

  it('refuses any other scheme, so that a javascript: address never reaches a link', () => {
    for (const address of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(WebUrl.safeParse(address).success, address).toBe(false);
    }
  });

  it('makes a title detail carrying a javascript: address fail the contract at the boundary', () => {
    const detail = {
      id: 't1',
      title: '銀河鉄道の夜',
      volumeLabel: null,
      author: '宮沢賢治',
      publisher: '青空文庫',
      year: 1934,
      materialType: 'etext',
    };
    const parsed = TitleDetail.safeParse({ ...detail, etextUrl: 'javascript:alert(document.cookie)' });
    expect(parsed.error?.issues.some((issue) => issue.path.join('.') === 'etextUrl')).toBe(true);
  });
});
