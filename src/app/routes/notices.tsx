import { useParams } from 'react-router';
import { NoticeDetail } from '../../features/notices/notice-detail';
import { NoticeList } from '../../features/notices/notice-list';
import { OfferedFeature } from '../guards/offered-feature';

/** The お知らせ tab of マイページ: the library's notices to the patron, newest first. */
export function MypageNoticesRoute() {
  return (
    <OfferedFeature feature="notices">
      <NoticeList />
    </OfferedFeature>
  );
}

/** One notice, opened (and so read), inside the お知らせ tab. */
export function NoticeRoute() {
  const { noticeId = '' } = useParams();
  return (
    <OfferedFeature feature="notices">
      <NoticeDetail key={noticeId} noticeId={noticeId} />
    </OfferedFeature>
  );
}
