import type { NoticePlace } from '../api/contract/library';
import { useLibraryNotices } from '../api/queries/library-info';

/**
 * What the library's own page says on this screen, word for word (the addresses its mail comes
 * from, that it cannot see passwords…): a paragraph each, or a list where the page gives a checklist.
 */
export function LibraryNotices({ place, as = 'paragraphs' }: { place: NoticePlace; as?: 'paragraphs' | 'list' }) {
  const notices = useLibraryNotices(place);
  if (notices.length === 0) return null;
  if (as === 'list') {
    return (
      <ul className="library-notices">
        {notices.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    );
  }
  return notices.map((text) => (
    <p key={text} className="help library-notice">
      {text}
    </p>
  ));
}
