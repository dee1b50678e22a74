/** The id of the next mail the library sends: numbered in the order they were sent. */
export const nextMailId = (mail: { readonly size: number }) => `M${String(mail.size + 1).padStart(6, '0')}`;
