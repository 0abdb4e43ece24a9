import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A theme of the dialogue (death penalty, minority rights, …) that records are tagged with. */
@Entity('themes')
export class ThemeEntity {
  @PrimaryColumn('varchar', { length: 40 })
  code!: string;

  @Column('varchar', { length: 160 })
  name!: string;

  @Column('varchar', { length: 160 })
  nameFr!: string;
}
