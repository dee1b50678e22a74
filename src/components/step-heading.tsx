import { useLayoutEffect, useRef } from 'react';

/**
 * The heading of one step of a マイページ screen (取消, 変更, 貸出延長, their confirmation and result). The
 * patron got here by pressing a button further down the page before: reading, and the view,
 * start again at the heading.
 */
export function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // A new step may reuse the element of the last one: its words say it is another step.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, [children]);
  return (
    <h2 ref={ref} className="step-heading" tabIndex={-1}>
      {children}
    </h2>
  );
}
