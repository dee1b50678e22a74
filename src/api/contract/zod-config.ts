// The app's Content-Security-Policy allows no eval: zod builds no parser with `new Function` (its
// probe alone reports a violation in every page). A schema reads this when it is made: src/main.tsx
// imports this module first, and common.ts (which every contract module imports) too, so that it
// runs first in whichever chunk of a build holds the schemas (test/e2e/content-security-policy.spec.ts).
import * as z from 'zod';

z.config({ jitless: true });
