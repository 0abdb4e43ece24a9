/**
 * The key under which the same person is recognised across rosters typed by different people:
 * accents, case, punctuation and spacing do not matter ("Geneviève  Tremblay", "genevieve
 * tremblay" and "Genevieve-Tremblay" are one person). Letters of every script are kept.
 */
export function normalisePersonName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
