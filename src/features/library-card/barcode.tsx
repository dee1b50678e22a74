import { useEffect, useRef } from 'react';
import JsBarcode from 'jsbarcode';
import type { LibraryCard } from '../../api/contract/library-card';

/** jsbarcode's names for the symbologies a card may carry. */
const formats: Record<LibraryCard['barcode']['symbology'], string> = { codabar: 'codabar', code39: 'CODE39', code128: 'CODE128' };

/**
 * The card's barcode as SVG, black on white with a wide quiet zone, for a counter's scanner to
 * read off a phone: jsbarcode draws it (in this route's chunk only).
 */
export function Barcode({ barcode, label }: { barcode: LibraryCard['barcode']; label: string }) {
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (!svg.current) return;
    JsBarcode(svg.current, barcode.value, {
      format: formats[barcode.symbology],
      displayValue: false,
      width: 3,
      height: 110,
      margin: 24,
      background: '#ffffff',
      lineColor: '#000000',
    });
    // The drawing's own size in pixels; the page scales it to the card's width.
    svg.current.removeAttribute('width');
    svg.current.removeAttribute('height');
  }, [barcode.symbology, barcode.value]);
  return <svg ref={svg} className="card-barcode" role="img" aria-label={label} data-symbology={barcode.symbology} />;
}
