import { useDeferredValue } from 'react';

/** The shortest row of a long list: a one-line 貸出状況 row at a desk (53 px), a little less. */
const SHORTEST_ROW_PX = 48;

/**
 * Rows of a long list drawn in the frame that shows it: as many as the window could show were the
 * list at its top, whatever the device (17 in a window 800 px high, where a row is 53 px or more
 * at a desk and a phone's card far more). Each row drawn before that frame is laid out in it too.
 */
const firstFrameRows = () => Math.ceil((globalThis.innerHeight || 800) / SHORTEST_ROW_PX);

/**
 * How many of a list's rows to draw now: a screenful in the first render of the component that
 * holds the rows, then every row in a background render React does right after — so that a
 * マイページ tab with 200 loans shows its first rows at once instead of after all 200 are laid out.
 * Call it where the rows mount with their data (not above a loading state), so that the first
 * render is the short one.
 */
export function useRowsToDraw(total: number): number {
  return useDeferredValue(total, Math.min(total, firstFrameRows()));
}
