/**
 * What the mock build gives msw's cookie code (tough-cookie) in place of `tldts`, whose public
 * suffix list is 260 kB of the simulated library's JavaScript, parsed on every first visit.
 *
 * The simulated library uses no cookies (the API takes a bearer token), so msw's cookie store only
 * ever sees this app's own origin. This is the public suffix list with only its default rule
 * (`*`: the last label of a name is its public suffix), which is what the full list answers for
 * every name it has no rule for: `getDomain` gives the registrable domain, the last two labels;
 * an IP address or a single label has none. Aliased in vite.config.ts, mock builds only.
 */
const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function getDomain(hostname: string): string | null {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (name === '' || ipv4.test(name) || name.includes(':')) return null;
  const labels = name.split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return null;
  return labels.slice(-2).join('.');
}
