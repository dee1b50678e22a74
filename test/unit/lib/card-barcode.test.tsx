import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Barcode } from '../../../src/features/library-card/barcode';
import { blackBarsOf, readCodabar } from '../../read-codabar';

describe('利用者カード: the barcode', () => {
  it.each(['01234567', '100000001', '2000000001', '3000001', '4000000001'])('decodes back to card number %s (NW-7, A…A)', (cardNumber) => {
    render(<Barcode barcode={{ symbology: 'codabar', value: `A${cardNumber}A` }} label="barcode" />);
    const svg = screen.getByRole('img', { name: 'barcode' }) as unknown as SVGSVGElement;
    expect(svg.dataset.symbology).toBe('codabar');
    expect(readCodabar(blackBarsOf(svg))).toBe(`A${cardNumber}A`);
  });
});
