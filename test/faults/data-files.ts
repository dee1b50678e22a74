import { join } from 'node:path';

/** The files the server keeps p003's library in, inside its data folder. */
export const dataFiles = (dataDir: string) => ({
  snapshot: join(dataDir, 'p003', 'library.json'),
  log: join(dataDir, 'p003', 'changes.jsonl'),
});

/** Whether the server's output shows a stack trace or any of the library's rows. */
export const spills = (output: string) => /\n\s+at |"passwordHash"|"patrons"|pbkdf2/.test(output);
