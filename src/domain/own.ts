/**
 * A plain object's own value for a key taken from data, or undefined. A bare `table[id]` also finds
 * what every object inherits (`constructor`, `toString`), so an id like `constructor`, which is
 * valid kebab-case, would look known.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
