import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log refuses UPDATE and DELETE in SQLite too (triggers raise an abort). */
export class AuditAppendOnly1795810200000 implements MigrationInterface {
  name = 'AuditAppendOnly1795810200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_log_no_delete');
    await queryRunner.query('DROP TRIGGER audit_log_no_update');
  }
}
