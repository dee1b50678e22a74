import { Link } from 'react-router';
import { paths } from '../lib/paths';

/** What an empty list says (予約はありません。), with the way to 蔵書検索 to fill it. */
export function EmptyList({ message, toSearch }: { message: string; toSearch: string }) {
  return (
    <div className="empty">
      <p>{message}</p>
      <p>
        <Link to={paths.search()}>{toSearch}</Link>
      </p>
    </div>
  );
}
