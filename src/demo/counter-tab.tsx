import { useState } from 'react';
import type { SimPersona } from '../api/contract/simulation';
import { useCounterPatron } from './get-counter-patron';
import { CounterPatron } from './counter-patron';
import { CounterTitle } from './counter-title';
import { useDemoStore } from './demo-store';
import { useCounterAction } from './use-counter-action';
import { WithStatus } from './with-status';

/**
 * 窓口: what staff do by hand — return, lend, reserve, mark lost, receive — on a patron's loans and
 * reservations or on a title's copies, so that any state can be reached on purpose.
 */
export function CounterTab() {
  return <WithStatus>{(status) => <Counter personas={status.personas} />}</WithStatus>;
}

function Counter({ personas }: { personas: SimPersona[] }) {
  const cardNumber = useDemoStore((state) => state.cardNumber);
  const choosePatron = useDemoStore((state) => state.choosePatron);
  const [titleId, setTitleId] = useState<string | null>(null);
  const action = useCounterAction();
  const patron = useCounterPatron(cardNumber).data ?? null;
  return (
    <>
      <CounterPatron personas={personas} cardNumber={cardNumber} onChoose={choosePatron} onOpenTitle={setTitleId} action={action} />
      <CounterTitle titleId={titleId} onChoose={setTitleId} patron={patron} personas={personas} action={action} />
    </>
  );
}
