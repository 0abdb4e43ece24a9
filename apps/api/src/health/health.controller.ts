import { Controller, Get, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: { driver: 'sqlite' | 'postgres'; reachable: boolean };
  migrations: { applied: number; known: number; pending: number; last: string | null };
  version: string;
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async health(): Promise<HealthReport> {
    const known = this.dataSource.migrations.length;
    try {
      const rows: { name: string }[] = await this.dataSource.query(
        'SELECT name FROM migrations ORDER BY timestamp DESC, id DESC',
      );
      return {
        status: rows.length === known ? 'ok' : 'degraded',
        database: { driver: this.config.database.type, reachable: true },
        migrations: { applied: rows.length, known, pending: Math.max(0, known - rows.length), last: rows[0]?.name ?? null },
        version: this.config.version,
      };
    } catch {
      return {
        status: 'degraded',
        database: { driver: this.config.database.type, reachable: false },
        migrations: { applied: 0, known, pending: known, last: null },
        version: this.config.version,
      };
    }
  }
}
