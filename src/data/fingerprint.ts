/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint that keeps cut names of different texts apart. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** `text` if it is at most `max` characters, else its start and a fingerprint of the whole, `max` long at most. */
export function capWithFingerprint(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 9).replace(/-+$/, '')}-${fingerprint(text)}`;
}
