/**
 * Human labels for concrete ids when no content name is at hand: `ankle.left` → "Left ankle",
 * `lumbar-spine` → "Lumbar spine".
 */
export function regionLabel(id: string, name?: string): string {
  const [base = id, side] = id.split('.');
  const plain = name ?? base.replace(/-/g, ' ');
  const text = side === 'left' || side === 'right' ? `${side} ${plain.toLowerCase()}` : plain;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
