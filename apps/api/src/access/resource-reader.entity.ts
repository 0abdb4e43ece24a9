import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Named readers of RESTRICTED records: any feature's record (type + id) can list the users who may
 * read it, whatever their clearance. The SQL scoping helpers join this table.
 */
@Entity('resource_readers')
@Index('IDX_resource_readers_user', ['userId'])
export class ResourceReaderEntity {
  @PrimaryColumn('varchar', { length: 40 })
  resourceType!: string;

  @PrimaryColumn('varchar', { length: 36 })
  resourceId!: string;

  @PrimaryColumn('varchar', { length: 36 })
  userId!: string;
}
