import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartnerCode } from '@berne/domain';

/** A Berne Process member (or the secretariat), with its capital's IANA time zone. */
@Entity('partners')
export class PartnerEntity {
  @PrimaryColumn('varchar', { length: 16 })
  code!: PartnerCode;

  @Column('varchar', { length: 120 })
  name!: string;

  @Column('varchar', { length: 120 })
  nameFr!: string;

  @Column('varchar', { length: 80 })
  capital!: string;

  @Column('varchar', { length: 64 })
  timeZone!: string;

  @Column('varchar', { length: 9 })
  color!: string;
}
