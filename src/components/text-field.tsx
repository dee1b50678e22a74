import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  /** A fixed id, when another part of the page links to the field; otherwise one is made up. */
  id?: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

/**
 * A labelled input whose hint and error are tied to it for screen readers. `forwardRef`, not a
 * `ref` prop: the app runs on preact/compat, where a function component's `ref` reaches it only so.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id: fixedId, label, hint, error, ...input },
  ref,
) {
  const madeUp = useId();
  const id = fixedId ?? madeUp;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      <input
        id={id}
        ref={ref}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
});
