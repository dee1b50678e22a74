import { describe, expect, it } from 'vitest';
import { getDomain } from '../../../mocks/public-suffix';

describe('the public suffix stand-in msw gets in the mock build', () => {
  it('gives the last two labels of a name, as the list’s default rule does', () => {
    expect(getDomain('opac.library.example.jp')).toBe('example.jp');
    expect(getDomain('Shiori.Example.COM.')).toBe('example.com');
  });

  it('gives no registrable domain to an address, a single label or a malformed name', () => {
    expect(getDomain('127.0.0.1')).toBeNull();
    expect(getDomain('[::1]')).toBeNull();
    expect(getDomain('localhost')).toBeNull();
    expect(getDomain('a..jp')).toBeNull();
    expect(getDomain('')).toBeNull();
  });
});
