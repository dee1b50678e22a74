// The built app's Content-Security-Policy allows no eval: there zod builds no parser with
// `new Function` (its probe alone reports a violation in every page). A schema reads this when it
// is made: src/main.tsx imports this module first, and common.ts (which every contract module
// imports) too, so that it runs first in whichever chunk of a build holds the schemas
// (test/e2e/content-security-policy.spec.ts). Tests and Node, with no such policy, keep zod's
// compiled parsers, which run the simulated library's scenarios about twice as fast.
import * as z from 'zod/mini';

if (import.meta.env?.PROD) z.config({ jitless: true });
