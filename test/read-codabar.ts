/**
 * Codabar (NW-7) as its specification tables it, not as jsbarcode does: each character is seven
 * elements, bar and space in turn starting with a bar, each narrow (0) or wide (1); characters are
 * separated by a narrow space.
 */
const codabarWidths: Record<string, string> = {
  '0': '0000011',
  '1': '0000110',
  '2': '0001001',
  '3': '1100000',
  '4': '0010010',
  '5': '1000010',
  '6': '0100001',
  '7': '0100100',
  '8': '0110000',
  '9': '1001000',
  '-': '0001100',
  $: '0011000',
  ':': '1000101',
  '/': '1010001',
  '.': '1010100',
  '+': '0010101',
  A: '0011010',
  B: '0101001',
  C: '0001011',
  D: '0011100',
};
const characterOf = new Map(Object.entries(codabarWidths).map(([character, widths]) => [widths, character]));

/** A bar of a drawn barcode: where it starts and how wide it is, in the drawing's units. */
export interface Bar {
  x: number;
  width: number;
}

/**
 * The black bars of an SVG barcode, left to right. Self-contained, so that a Playwright test can
 * run it in the page (`locator.evaluate(blackBarsOf)`) and read the bars back in Node.
 */
export function blackBarsOf(svg: SVGSVGElement): Bar[] {
  // The bars are the rectangles drawn in black; the white one behind them is the background.
  return [...svg.querySelectorAll('rect')]
    .filter((rect) => (rect.getAttribute('fill') ?? rect.closest('g')?.getAttribute('fill')) === '#000000')
    .map((rect) => ({ x: Number(rect.getAttribute('x')), width: Number(rect.getAttribute('width')) }))
    .sort((a, b) => a.x - b.x);
}

/** Reads a barcode's bars back to the Codabar characters they encode, start and stop included. */
export function readCodabar(bars: readonly Bar[]): string {
  const elements: number[] = [];
  bars.forEach((bar, index) => {
    if (index > 0) elements.push(bar.x - (bars[index - 1]!.x + bars[index - 1]!.width));
    elements.push(bar.width);
  });
  const narrow = Math.min(...elements);
  const wide = elements.map((width) => (width > narrow * 1.5 ? '1' : '0'));
  let text = '';
  for (let start = 0; start < wide.length; start += 8) {
    const widths = wide.slice(start, start + 7).join('');
    const character = characterOf.get(widths);
    if (character === undefined) throw new Error(`No Codabar character is ${widths} (at element ${start})`);
    text += character;
    if (start + 7 < wide.length && wide[start + 7] !== '0') throw new Error(`The gap after character ${text.length} is not narrow`);
  }
  return text;
}
