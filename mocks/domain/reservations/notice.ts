import type { MailRow, PatronRow } from '../../db/schema';

/** 予約資料のご用意ができました: the mail a patron who asked for e-mail receives when an item is ready. */
export function readyNotice(options: {
  id: string;
  patron: PatronRow;
  to: string;
  libraryName: string;
  title: string;
  branchName: string;
  deadline: string;
  sentAt: string;
}): MailRow {
  const { id, patron, to, libraryName, title, branchName, deadline, sentAt } = options;
  return {
    id,
    patronId: patron.id,
    to,
    kind: 'ready-notice',
    subject: `【${libraryName}】予約資料のご用意ができました`,
    body: `${patron.name} 様\n\nご予約の資料のご用意ができました。\n\n資料名：${title}\n受取館：${branchName}\n取置期限：${deadline}\n\n期限を過ぎますと予約は取消（期限切れ）となります。\n${libraryName}`,
    sentAt,
    readAt: null,
  };
}
