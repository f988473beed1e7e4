/**
 * Orders versions newest first by their numeric parts ("0.10.0" after
 * "0.9.2"); a pre-release ("1.0.0-rc.1") sorts before its release.
 */
export function newestFirst(a: string, b: string): number {
  const [coreA = '', preA] = a.split('-', 2);
  const [coreB = '', preB] = b.split('-', 2);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let index = 0; index < Math.max(partsA.length, partsB.length); index += 1) {
    const difference = (partsB[index] ?? 0) - (partsA[index] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  if (preA === undefined && preB !== undefined) return -1;
  if (preA !== undefined && preB === undefined) return 1;
  return (preB ?? '').localeCompare(preA ?? '');
}
