import { Alert } from '../components/alert';
import { useDemoError } from './use-demo-error';

/** A panel action the library refused or could not do, said in words; nothing while all is well. */
export function DemoFailure({ error }: { error: unknown }) {
  const demoError = useDemoError();
  if (!error) return null;
  return (
    <Alert tone="error">
      <p>{demoError(error)}</p>
    </Alert>
  );
}
