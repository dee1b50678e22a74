/** The id a placing is sent under: one per confirmation screen, so that a retry or a double click places once. */
export const newRequestId = () => crypto.randomUUID().replaceAll('-', '');
