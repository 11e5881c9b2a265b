import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// zod must be configured jitless before any schema is built (the CSP forbids `new Function`), and
// must stay out of the first script: both hold only while src/zod.ts is the one door to zod.
describe('zod is imported through src/zod.ts only', () => {
  it('no other module imports zod values', () => {
    const offenders = sourceFiles('src').filter((file) => {
      if (file === join('src', 'zod.ts')) return false;
      return /^import\s+(?!type\b)[^;]*from\s+'zod(\/[^']*)?';/m.test(readFileSync(file, 'utf8'));
    });
    expect(offenders).toEqual([]);
  });
});
