/**
 * Zod issues in plain words, with the offending value quoted ("expected a number, got "ten""),
 * shared by the content importer and the lesson importer so both speak the same way.
 */
import type { z } from 'zod';

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return value.length > 40 ? `a text ("${value.slice(0, 37)}...")` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    // Own properties only: a key like `constructor` must not find what every object inherits.
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function sizeMessage(
  issue: { origin: string; inclusive?: boolean },
  bound: number | bigint,
  small: boolean,
) {
  const n = Number(bound);
  const word = small ? 'at least' : 'at most';
  if (issue.origin === 'array') return `needs ${word} ${n} item${n === 1 ? '' : 's'}`;
  if (issue.origin === 'string')
    return small && n === 1 ? 'must not be empty' : `must be ${word} ${n} characters long`;
  const op = small
    ? issue.inclusive === false
      ? '>'
      : '≥'
    : issue.inclusive === false
      ? '<'
      : '≤';
  return `must be ${op} ${n}`;
}

export function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const actual = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return actual === undefined
        ? `required: expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`
        : `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(actual)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}, got ${describeValue(actual)}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(actual)}`;
    case 'too_small':
      return sizeMessage(issue, issue.minimum, true);
    case 'too_big':
      return sizeMessage(issue, issue.maximum, false);
    case 'invalid_format':
      return `${issue.message} (got ${describeValue(actual)})`;
    default:
      return issue.message;
  }
}
