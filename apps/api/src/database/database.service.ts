import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SeedService } from './seed/seed.service';

/** Serialises start-up work across replicas sharing one PostgreSQL database. */
const STARTUP_LOCK_KEY = 4_242_000;

/**
 * Brings the database up to date at start: pending migrations (each dialect has its own), then
 * reference and demo data. Runs before any feature module initialises.
 */
@Injectable()
export class DatabaseService implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seed: SeedService,
  ) {}

  async onModuleInit(): Promise<void> {
    const isPostgres = this.config.database.type === 'postgres';
    const runner = isPostgres ? this.dataSource.createQueryRunner() : null;
    try {
      if (runner) await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) this.logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      await this.seed.run();
    } finally {
      if (runner) {
        await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
        await runner.release();
      }
    }
  }
}
