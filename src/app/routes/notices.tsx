import { useParams } from 'react-router';
import { NoticeDetail } from '../../features/notices/notice-detail';
import { NoticeList } from '../../features/notices/notice-list';

/** The お知らせ tab of マイページ: the library's notices to the patron, newest first. */
export function MypageNoticesRoute() {
  return <NoticeList />;
}

/** One notice, opened (and so read), inside the お知らせ tab. */
export function NoticeRoute() {
  const { noticeId = '' } = useParams();
  return <NoticeDetail key={noticeId} noticeId={noticeId} />;
}
