/**
 * A ref that focuses its element when the element appears (a confirmation's first button, a
 * rename field): what `autoFocus` did under react-dom. On preact/compat `autoFocus` is only the
 * HTML attribute, which a browser honours in the page it first loads, not in an element a screen
 * adds later. One function for every element, so that a render does not call it again.
 */
export function focusOnMount(element: HTMLElement | null) {
  element?.focus();
}
