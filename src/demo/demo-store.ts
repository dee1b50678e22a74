import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SimEvent } from '../api/contract/simulation';

export const demoTabs = ['library', 'time', 'counter', 'mail', 'network', 'scenarios'] as const;
export type DemoTab = (typeof demoTabs)[number];

/** How far the clock moves on at a press, in minutes: 5 minutes, an hour, a day, a week (each worded in time.by). */
export const timeSteps = [5, 60, 1440, 10080] as const;
export type TimeStep = (typeof timeSteps)[number];

type CounterActionName = 'return' | 'lend' | 'reserve' | 'lose' | 'receive';

/** What made things happen; worded when shown, so that it follows a language switch. */
export type LogCause =
  | { kind: 'advanced'; minutes: TimeStep }
  | { kind: 'moved-to'; now: string }
  | { kind: 'clock'; running: boolean }
  | { kind: 'counter'; action: CounterActionName };

/** The events of one move of the clock or one counter action, oldest first. */
export interface LogBatch {
  id: string;
  cause: LogCause;
  /** The simulated time after the move (or of the action). */
  at: string;
  events: SimEvent[];
}

/** The log keeps this many events at the most; the oldest go first. */
const LOG_LIMIT = 300;

function capped(batches: LogBatch[]): LogBatch[] {
  const kept: LogBatch[] = [];
  let room = LOG_LIMIT;
  for (const batch of batches) {
    if (room <= 0) break;
    const events = batch.events.length > room ? batch.events.slice(batch.events.length - room) : batch.events;
    kept.push(events === batch.events ? batch : { ...batch, events });
    room -= Math.max(events.length, 1);
  }
  return kept;
}

interface DemoState {
  tab: DemoTab;
  /** The demo patron the designer works with: preselected at the counter and in the mailbox. */
  cardNumber: string | null;
  /** The session the panel signed in, and whose card it is (a session names the patron only masked). */
  signedIn: { token: string; cardNumber: string } | null;
  /** Newest batch first. */
  log: LogBatch[];
  /** Whether the log shows what happened to the library's other (background) patrons too. */
  showAll: boolean;
  setTab: (tab: DemoTab) => void;
  choosePatron: (cardNumber: string | null) => void;
  rememberSignIn: (token: string, cardNumber: string) => void;
  forgetSignIn: () => void;
  record: (batch: Omit<LogBatch, 'id'>) => void;
  clearLog: () => void;
  setShowAll: (showAll: boolean) => void;
}

/** The panel's memory for the life of the tab: a reload keeps the log and the chosen patron. */
export const useDemoStore = create<DemoState>()(
  persist(
    (set) => ({
      tab: 'library',
      cardNumber: null,
      signedIn: null,
      log: [],
      showAll: false,
      setTab: (tab) => set({ tab }),
      choosePatron: (cardNumber) => set({ cardNumber }),
      rememberSignIn: (token, cardNumber) => set({ signedIn: { token, cardNumber }, cardNumber }),
      forgetSignIn: () => set({ signedIn: null }),
      record: (batch) => set((state) => ({ log: capped([{ ...batch, id: crypto.randomUUID() }, ...state.log]) })),
      clearLog: () => set({ log: [] }),
      setShowAll: (showAll) => set({ showAll }),
    }),
    { name: 'shiori.demo', storage: createJSONStorage(() => sessionStorage) },
  ),
);
