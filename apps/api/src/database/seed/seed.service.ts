import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PARTNERS, THEMES } from '@berne/domain';
import { hashPassword } from '../../auth/passwords';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PartnerEntity } from '../../modules/partners/partner.entity';
import { ThemeEntity } from '../../modules/themes/theme.entity';
import { seedAgendas } from '../../modules/agendas/agendas.seed';
import { seedBenchmarks } from '../../modules/benchmarks/benchmarks.seed';
import { seedCases } from '../../modules/cases/cases.seed';
import { seedBriefingNotes } from '../../modules/briefing-notes/briefing-notes.seed';
import { seedMeetings } from '../../modules/meetings/meetings.seed';
import { UserEntity } from '../../modules/users/user.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/**
 * Reference data (partners, themes) is kept in step on every start, in every environment.
 * Demo accounts are added where missing, never when NODE_ENV=production. Running it twice changes nothing.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<{ demoAccountsCreated: number }> {
    await this.seedReference();
    if (!this.config.seedDemo) return { demoAccountsCreated: 0 };
    const demoAccountsCreated = await this.seedDemoAccounts();
    await seedBriefingNotes(this.dataSource);
    await seedMeetings(this.dataSource);
    await seedAgendas(this.dataSource);
    await seedBenchmarks(this.dataSource);
    await seedCases(this.dataSource);
    return { demoAccountsCreated };
  }

  private async seedReference(): Promise<void> {
    const partners = this.dataSource.getRepository(PartnerEntity);
    const themes = this.dataSource.getRepository(ThemeEntity);
    const havePartners = new Set((await partners.find({ select: { code: true } })).map((p) => p.code));
    const missingPartners = PARTNERS.filter((p) => !havePartners.has(p.code));
    if (missingPartners.length) await partners.insert(missingPartners.map((p) => ({ ...p })));
    const haveThemes = new Set((await themes.find({ select: { code: true } })).map((t) => t.code));
    const missingThemes = THEMES.filter((t) => !haveThemes.has(t.code));
    if (missingThemes.length) await themes.insert(missingThemes.map((t) => ({ ...t })));
  }

  private async seedDemoAccounts(): Promise<number> {
    const users = this.dataSource.getRepository(UserEntity);
    const have = new Set((await users.find({ select: { email: true } })).map((u) => u.email));
    const missing = DEMO_ACCOUNTS.filter((a) => !have.has(a.email));
    if (missing.length === 0) return 0;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await users.insert(
      missing.map((a) => ({
        id: randomUUID(),
        email: a.email,
        displayName: a.displayName,
        passwordHash,
        role: a.role,
        partnerCode: a.partnerCode,
        clearedForRestricted: a.cleared,
        disabled: false,
        locale: 'en',
        lastLoginAt: null,
      })),
    );
    this.logger.log(`Demo accounts created: ${missing.map((a) => a.email).join(', ')}`);
    return missing.length;
  }
}
