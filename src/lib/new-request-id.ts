/**
 * The id a change is sent under (a placing, a renewal): one per confirmation screen, so that a
 * retry or a double click is the same request to the library and happens once.
 */
export const newRequestId = () => crypto.randomUUID().replaceAll('-', '');
