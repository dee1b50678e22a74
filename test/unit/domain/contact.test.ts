import { describe, expect, it } from 'vitest';
import { contactMethodsOf, noticeAddresses } from '../../../mocks/domain/contact';
import { profiles } from '../../../mocks/profiles/profiles';
import { patronRow } from '../patron-row';

describe('連絡方法 by e-mail (seed 003: 「2つとも選択した場合は、同じメールが2つのアドレスに届きます」)', () => {
  const both = patronRow({ email1: 'ichi@example.jp', email2: 'ni@example.jp', phone: '047-000-0000', mobile: null });

  it('offers both addresses at once where the library does (p003), once both are registered', () => {
    expect(contactMethodsOf(both, profiles.p003)).toEqual(['email1', 'email2', 'email-both', 'phone']);
    expect(contactMethodsOf({ ...both, email2: null }, profiles.p003)).toEqual(['email1', 'phone']);
  });

  it('never offers both where the notice goes to one address (p004)', () => {
    expect(contactMethodsOf(both, profiles.p004)).not.toContain('email-both');
  });

  it('sends the same notice to both addresses, to one, or to none for a phone', () => {
    expect(noticeAddresses(both, 'email-both')).toEqual(['ichi@example.jp', 'ni@example.jp']);
    expect(noticeAddresses(both, 'email2')).toEqual(['ni@example.jp']);
    expect(noticeAddresses(both, 'phone')).toEqual([]);
  });
});
