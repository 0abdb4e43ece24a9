import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PartnerCode } from '@berne/domain';
import { PartnerEntity } from './partner.entity';

/** Partners are reference data (twelve rows): read once, then served from memory. */
@Injectable()
export class PartnersService implements OnModuleInit {
  private byCode = new Map<PartnerCode, PartnerEntity>();

  constructor(@InjectRepository(PartnerEntity) private readonly partners: Repository<PartnerEntity>) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  async reload(): Promise<void> {
    const rows = await this.partners.find({ order: { code: 'ASC' } });
    this.byCode = new Map(rows.map((p) => [p.code, p]));
  }

  list(): PartnerEntity[] {
    return [...this.byCode.values()];
  }

  get(code: PartnerCode | null | undefined): PartnerEntity | null {
    return code ? (this.byCode.get(code) ?? null) : null;
  }
}
