/** A fresh case seed from a number in [0, 1) (the caller brings the randomness: this stays pure). */
export function seedFrom(value: number): string {
  return Math.floor(Math.min(0.999999, Math.abs(value)) * 36 ** 6).toString(36);
}
