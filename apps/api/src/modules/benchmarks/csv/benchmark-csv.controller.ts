import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { BENCHMARK_KINDS, type BenchmarkKind } from '@berne/domain';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { CommonErrors } from '../../../common/app-error';
import { BenchmarkCsvService } from './benchmark-csv.service';

function parseKinds(raw: unknown): BenchmarkKind[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw CommonErrors.badInput('Give kinds as a comma-separated list.');
  const kinds = raw.split(',').map((k) => k.trim().toUpperCase());
  const unknown = kinds.filter((k) => !(BENCHMARK_KINDS as readonly string[]).includes(k));
  if (unknown.length) {
    throw CommonErrors.badInput(
      `Unknown kind “${unknown[0].slice(0, 30)}”: use OBJECTIVE, PRECONDITION or SUSPENSION_CRITERION.`,
    );
  }
  return kinds as BenchmarkKind[];
}

/**
 * `GET /api/benchmarks.csv?kinds=OBJECTIVE,PRECONDITION` (every kind when left out): a download of
 * the benchmarks the caller may read, the same text as the `benchmarksCsv` query. Signed-in staff
 * only (the global AuthGuard answers 401, guests get 403).
 */
@Controller('api')
export class BenchmarkCsvController {
  constructor(private readonly csv: BenchmarkCsvService) {}

  @Get('benchmarks.csv')
  async export(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Query('kinds') kinds: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    res.setHeader('Cache-Control', 'no-store');
    const text = await this.csv.export(principal, parseKinds(kinds), ip);
    // A BOM, so that spreadsheets open the file as UTF-8.
    const body = Buffer.from(`\uFEFF${text}`, 'utf8');
    return new StreamableFile(body, {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="benchmarks.csv"',
      length: body.length,
    });
  }
}
