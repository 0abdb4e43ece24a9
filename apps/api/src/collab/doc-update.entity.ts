import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BinaryColumn, CreatedAtColumn } from '../database/columns';

/**
 * One accepted Yjs update (or a group-committed batch merged into one), appended before the
 * sender is acknowledged. `id` orders the log; compaction folds rows up to an id into a snapshot.
 */
@Entity('doc_updates')
@Index('IDX_doc_updates_doc', ['docId', 'id'])
export class DocUpdateEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 80 })
  docId!: string;

  @BinaryColumn()
  update!: Buffer;

  @CreatedAtColumn()
  createdAt!: Date;
}
