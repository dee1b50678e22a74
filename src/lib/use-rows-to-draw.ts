import { useEffect, useState } from 'react';

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
 * holds the rows, then every row in a render right after that frame is painted — so that a
 * マイページ tab with 200 loans shows its first rows at once instead of after all 200 are laid out.
 * Call it where the rows mount with their data (not above a loading state), so that the first
 * render is the short one.
 *
 * A task the effect starts, not `useDeferredValue(total, screenful)`: preact/compat, which the app
 * runs on, ignores that initial value (its deferred value is the value), so the first frame drew
 * every row. Preact runs an effect after the next paint; the task also leaves the frame to the
 * browser where a renderer runs the effect before painting (React, after a click).
 */
export function useRowsToDraw(total: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    const rest = setTimeout(() => setAll(true));
    return () => clearTimeout(rest);
  }, []);
  return all ? total : Math.min(total, firstFrameRows());
}
