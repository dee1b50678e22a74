import { define, patronErrors } from '../endpoint';
import { Notice, NoticeList, NoticeParams } from '../notices';

/** お知らせ: what the library sent the patron, read in the app. */
export const noticesEndpoints = {
  getNotices: define({
    method: 'GET',
    path: '/me/notices',
    summary:
      "お知らせ: the patron's notices (the library's mails to them), the unread count, and the items waiting for pickup (answered wherever the app shows お知らせ or not: features.notices)",
    auth: 'patron',
    response: NoticeList,
    errors: patronErrors,
  }),
  readNotice: define({
    method: 'POST',
    path: '/me/notices/:noticeId/read',
    summary: "Mark one of the patron's notices read (opened); another patron's is NOT_FOUND",
    auth: 'patron',
    params: NoticeParams,
    response: Notice,
    errors: [...patronErrors, 'NOT_FOUND'],
    idempotency: 'safe',
  }),
};
