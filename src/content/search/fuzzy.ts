/**
 * Whether two words are at most one edit apart (insert, delete, substitute, or swap two
 * neighbours), in O(length): the typo rule. Letters that sound alike and are often confused
 * in typing (z for s) count as the same.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const x = a.replace(/z/g, 's');
  const y = b.replace(/z/g, 's');
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  if (short.length === long.length) {
    // One substitution, or one swap of neighbours.
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return (
      short[i] === long[i + 1] &&
      short[i + 1] === long[i] &&
      short.slice(i + 2) === long.slice(i + 2)
    );
  }
  return short.slice(i) === long.slice(i + 1);
}
