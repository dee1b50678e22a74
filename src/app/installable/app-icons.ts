/**
 * Build time only (vite.config.ts, in Node; never in the page): the app's icons for its web app
 * manifest, drawn as PNG from the favicon's drawing (the bookmark, 栞, white on the accent colour).
 * No image library and no network: the shapes are a rounded square and one polygon, drawn with
 * 4×4 samples a pixel, and the PNG is written with Node's zlib.
 */
import { crc32, deflateSync } from 'node:zlib';

/** The accent colour of src/app/styles.css (--accent), the manifest's theme colour too. */
export const ACCENT = '#7a2e1f';
/** The page's colour (--paper), the manifest's background colour. */
export const PAPER = '#fbfaf7';

type Point = readonly [number, number];

/** The favicon's drawing on its 32-unit square (index.html): a square with rounded corners, and the ribbon `M11 4h10v24l-5-5-5 5z`. */
const RIBBON: Point[] = [
  [11, 4],
  [21, 4],
  [21, 28],
  [16, 23],
  [11, 28],
];

/** The manifest's icons, by file name under the build's `icons/`. */
export const appIcons = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  // A maskable icon fills its square: the platform cuts its own shape, keeping the middle 80 %.
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

function insidePolygon([x, y]: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare([x, y]: Point, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 32 - radius);
  const cy = Math.min(Math.max(y, radius), 32 - radius);
  return x >= 0 && x <= 32 && y >= 0 && y <= 32 && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** The icon's pixels, RGBA: the maskable one is the whole square in the accent, with the ribbon at 60 % of its size in the middle. */
function draw(size: number, maskable: boolean): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const [ar, ag, ab] = rgb(ACCENT) as [number, number, number];
  const samples = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let square = 0;
      let ribbon = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 32;
          const y = ((py + (sy + 0.5) / samples) / size) * 32;
          const point: Point = maskable ? [16 + (x - 16) / 0.6, 16 + (y - 16) / 0.6] : [x, y];
          if (maskable || insideRoundedSquare([x, y], 6)) square++;
          if (insidePolygon(point, RIBBON)) ribbon++;
        }
      const all = samples * samples;
      const white = ribbon / all;
      const at = (py * size + px) * 4;
      pixels[at] = Math.round(ar + (255 - ar) * white);
      pixels[at + 1] = Math.round(ag + (255 - ag) * white);
      pixels[at + 2] = Math.round(ab + (255 - ab) * white);
      pixels[at + 3] = Math.round((255 * square) / all);
    }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of `size` × `size`, 8-bit RGBA, each row unfiltered. */
export function iconPng(size: number, maskable: boolean): Buffer {
  const pixels = draw(size, maskable);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
