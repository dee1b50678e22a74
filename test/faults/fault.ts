/**
 * The shape every fault of `npm run test:faults` has: a name, and a run that returns its figures
 * and its checks. Figures add up over the faults; each check counts once, passed or failed.
 */
export interface Figures {
  /** Requests sent to the server. */
  requests: number;
  /** Answers with a 5xx status that the fault did not cause on purpose. */
  serverErrors: number;
  /** 4xx and 5xx answers that are not the contract's error envelope at the status of its code. */
  envelopeViolations: number;
  /** Writes the server acknowledged (2xx) before a crash or a failure. */
  acknowledgedWrites: number;
  /** Acknowledged writes missing after the restart. */
  acknowledgedLost: number;
  /** Rows a write made twice that it should have made once. */
  duplicates: number;
}

export interface Check {
  name: string;
  passed: boolean;
  /** What was seen, when it failed. */
  detail?: string;
}

export interface FaultResult {
  figures: Figures;
  checks: Check[];
}

export interface FaultContext {
  /** A fresh copy of a data folder (`DATA_DIR`) in which the server seeded its library, for this fault alone. */
  seededDataDir(): string;
}

export interface Fault {
  name: string;
  run(context: FaultContext): Promise<FaultResult>;
}

export const noFigures = (): Figures => ({
  requests: 0,
  serverErrors: 0,
  envelopeViolations: 0,
  acknowledgedWrites: 0,
  acknowledgedLost: 0,
  duplicates: 0,
});

/** Collects a fault's figures and checks as it goes. */
export class Tally {
  readonly figures = noFigures();
  readonly checks: Check[] = [];

  check(name: string, passed: boolean, detail?: string): boolean {
    this.checks.push(passed ? { name, passed } : { name, passed, detail });
    return passed;
  }

  result(): FaultResult {
    return { figures: this.figures, checks: this.checks };
  }
}
