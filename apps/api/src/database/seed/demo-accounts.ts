import type { PartnerCode, Role } from '@berne/domain';

/** The demo password of every demo account (README, start-up banner). Never seeded in production. */
export const DEMO_PASSWORD = 'BerneDemo!2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  partnerCode: PartnerCode;
  cleared: boolean;
  description: string;
}

/** Invented people. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'secretariat@berne.example', displayName: 'Margrit Aebischer', role: 'SECRETARIAT', partnerCode: 'SECRETARIAT', cleared: true, description: 'secretariat coordinator (administers everything)' },
  { email: 'eu.diplomat@berne.example', displayName: 'Eleanor Vance', role: 'DIPLOMAT', partnerCode: 'EU', cleared: true, description: 'EU diplomat, cleared for restricted records' },
  { email: 'us.diplomat@berne.example', displayName: 'Daniel Okafor', role: 'DIPLOMAT', partnerCode: 'US', cleared: false, description: 'US diplomat, not cleared for restricted records' },
  { email: 'ca.coordinator@berne.example', displayName: 'Geneviève Tremblay', role: 'COORDINATOR', partnerCode: 'CA', cleared: false, description: "Canada's coordinator" },
];
