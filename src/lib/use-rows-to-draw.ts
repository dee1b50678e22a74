import { useDeferredValue } from 'react';

/** Rows of a long list drawn in the frame that shows it: about a screenful, whatever the device. */
const FIRST_FRAME_ROWS = 24;

/**
 * How many of a list's rows to draw now: a screenful in the first render of the component that
 * holds the rows, then every row in a background render React does right after — so that a
 * マイページ tab with 200 loans shows its first rows at once instead of after all 200 are laid out.
 * Call it where the rows mount with their data (not above a loading state), so that the first
 * render is the short one.
 */
export function useRowsToDraw(total: number): number {
  return useDeferredValue(total, Math.min(total, FIRST_FRAME_ROWS));
}
