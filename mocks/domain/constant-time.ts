/** Whether two byte strings are equal, comparing every byte so that the time taken does not tell how much matched. */
export function equalInConstantTime(actual: Uint8Array, expected: Uint8Array): boolean {
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < actual.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
