import { seedLibrary } from '../../mocks/seed/seed-library';
import { profiles } from '../../mocks/profiles/profiles';
for (let i = 0; i < 3; i++) {
const t0 = performance.now();
await seedLibrary({ profile: (profiles as any).p003 });
console.log('seed ms', (performance.now()-t0).toFixed(0));
}
