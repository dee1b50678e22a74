import type { ReactNode } from 'react';

interface AlertProps {
  tone: 'error' | 'info' | 'success';
  children: ReactNode;
  action?: ReactNode;
}

/** A message block; errors are announced at once, other news politely. */
export function Alert({ tone, children, action }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="alert-body">{children}</div>
      {action ? <div className="alert-action">{action}</div> : null}
    </div>
  );
}
