/** Masks an identity number for output: all but the last 4 characters become `*`. */
export function maskIdentity(value: string): string {
  const visible = value.slice(-4);
  return '*'.repeat(Math.max(0, value.length - 4)) + visible;
}
