import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BinaryColumn, UpdatedAtColumn } from '../database/columns';

/** The compacted state of a document: every update up to `upToUpdateId`, encoded as one. */
@Entity('doc_snapshots')
export class DocSnapshotEntity {
  @PrimaryColumn('varchar', { length: 80 })
  docId!: string;

  @BinaryColumn()
  state!: Buffer;

  @Column('integer')
  upToUpdateId!: number;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
