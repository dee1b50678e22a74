// npm run conformance -- --base-url URL [--card N --password P] [--other-card N --other-password P]
//                        [--query KEYWORD] [--sim-secret S] [--json FILE]
// Checks a backend against Shiori's contract and prints a report; exits 1 when a check failed.
// Without a card it uses the simulated library's demo patrons (p003: 3000002 and 3000001). With the
// simulated library's secret (--sim-secret, or SHIORI_SIM_SECRET) it also checks that /_sim opens with it.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport, runConformance } from './suite';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    card: { type: 'string', default: '3000002' },
    password: { type: 'string', default: 'yomu2026' },
    'other-card': { type: 'string', default: '3000001' },
    'other-password': { type: 'string', default: 'yomu2026' },
    query: { type: 'string' },
    'sim-secret': { type: 'string', default: process.env.SHIORI_SIM_SECRET },
    json: { type: 'string' },
  },
});

const baseUrl = values['base-url'];
if (!baseUrl) {
  console.error('Give the backend: npm run conformance -- --base-url http://127.0.0.1:8787 [--card N --password P]');
  process.exit(2);
}

const results = await runConformance({
  baseUrl,
  card: values.card,
  password: values.password,
  otherCard: values['other-card'],
  otherPassword: values['other-password'],
  query: values.query,
  simSecret: values['sim-secret'],
});
console.info(formatReport(results, baseUrl));
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
process.exit(results.some((result) => result.status === 'failed') ? 1 : 0);
