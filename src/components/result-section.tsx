import { useId, type ReactNode } from 'react';

interface ResultRow {
  key: string;
  /** The title as the patron knows it. */
  name: string;
  /** What happened to it: the new due date, or 【理由】 and the reason. */
  detail: ReactNode;
}

/**
 * One half of the result of a bulk operation (一括延長, 一括変更): the rows done, or the rows
 * refused, each with what became of it, under a heading that counts them. Nothing when empty.
 */
export function ResultSection({ heading, tone, rows }: { heading: string; tone: 'done' | 'refused'; rows: readonly ResultRow[] }) {
  const id = useId();
  if (rows.length === 0) return null;
  return (
    <section className={`result-section ${tone === 'done' ? 'result-placed' : 'result-refused'}`} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {rows.map((row) => (
          <li key={row.key}>
            <span className="result-title">{row.name}</span>
            {row.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}
