import type { Classification } from '@berne/domain';

/**
 * The handling line printed on every page (DOCX, PDF) and at both ends (Markdown) of an export.
 * One wording for every format, in English: it travels with the file, whatever reads it.
 */
export function classificationMarking(
  classification: Classification,
  ownerPartnerName: string,
): string {
  switch (classification) {
    case 'PUBLIC':
      return 'PUBLIC';
    case 'PARTNERS':
      return 'PARTNERS — Berne Process partners only';
    case 'PARTNER_PRIVATE':
      return `PARTNER PRIVATE — ${ownerPartnerName} only`;
    case 'RESTRICTED':
      return 'RESTRICTED — named and cleared readers only';
  }
}
