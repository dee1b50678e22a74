import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The simulation API's secret every server of the suite is started with (the one CI made, or one of the suite's own). */
export const simulationSecret = process.env.SHIORI_SIM_SECRET ?? randomBytes(24).toString('base64url');

/** The environment `npm run api` is started with: any port, the given data folder, the suite's secret. */
const serverEnv = (dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: '0',
  DATA_DIR: dataDir,
  SHIORI_SIM_SECRET: simulationSecret,
});

export interface RunningServer {
  url: string;
  pid: number;
  /** What the server wrote to stdout and stderr so far. */
  output(): string;
  /** SIGKILL, as a crash or `kill -9`: no cleanup of any kind. */
  kill(): Promise<void>;
  /** SIGTERM, and wait for the end. */
  stop(): Promise<void>;
}

interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * The real server, `mocks/http/serve.ts`, bundled into one file once per run by esbuild (which is
 * what tsx compiles it with): the suite starts it some twenty-five times, and a start took 2.1 s
 * under tsx, which resolves and compiles its modules one by one, against 1.1 s from one file. The
 * bundle sits two folders under the project (`dist/faults-server/`), as serve.ts does under
 * `mocks/http/`, so that its path to the contract's openapi.json holds; packages stay in node_modules.
 */
const serverScript = join(root, 'dist', 'faults-server', 'serve.mjs');
await build({
  entryPoints: [join(root, 'mocks/http/serve.ts')],
  outfile: serverScript,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node20',
  logLevel: 'warning',
});

/** The real server on the data folder. */
function spawnServer(dataDir: string): Spawned {
  const child = spawn(process.execPath, [serverScript], { cwd: root, env: serverEnv(dataDir) });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close', not 'exit': the last of its output may come after the process ended.
  const exited = once(child, 'close').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  return { child, output: () => output, exited };
}

/** Start the server and wait until it says where it listens (its library is open by then). */
export async function startServer(dataDir: string): Promise<RunningServer> {
  const { child, output, exited } = spawnServer(dataDir);
  const url = await new Promise<string>((resolve, reject) => {
    const listening = () => {
      const found = /listening on (http:\/\/\S+)/.exec(output());
      if (found) resolve(found[1]!);
    };
    child.stdout!.on('data', listening);
    void exited.then(({ code, signal }) => reject(new Error(`The server ended (${code ?? signal}) before it listened:\n${output()}`)));
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, pid: child.pid!, output, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

/** Start the server where it should refuse to: its exit code and what it wrote. */
export async function refusedStart(dataDir: string): Promise<{ code: number | null; listened: boolean; output: string }> {
  const { child, output, exited } = spawnServer(dataDir);
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const { code } = await exited;
  clearTimeout(timer);
  return { code, listened: /listening on/.test(output()), output: output() };
}
