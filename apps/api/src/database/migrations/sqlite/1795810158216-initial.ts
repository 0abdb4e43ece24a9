import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795810158216 implements MigrationInterface {
  name = 'Initial1795810158216';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"resource_readers\" (\"resourceType\" varchar(40) NOT NULL, \"resourceId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, PRIMARY KEY (\"resourceType\", \"resourceId\", \"userId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_resource_readers_user\" ON \"resource_readers\" (\"userId\") ");
    await queryRunner.query("CREATE TABLE \"audit_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"at\" datetime NOT NULL, \"actorId\" varchar(36), \"actorEmail\" varchar(254), \"action\" varchar(64) NOT NULL, \"resourceType\" varchar(40), \"resourceId\" varchar(64), \"outcome\" varchar(8) NOT NULL, \"ip\" varchar(64), \"details\" text, \"prevHash\" varchar(64) NOT NULL, \"hash\" varchar(64) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_audit_at\" ON \"audit_log\" (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_audit_actor_email\" ON \"audit_log\" (\"actorEmail\") ");
    await queryRunner.query("CREATE INDEX \"IDX_audit_action\" ON \"audit_log\" (\"action\") ");
    await queryRunner.query("CREATE TABLE \"password_tokens\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"userId\" varchar(36) NOT NULL, \"purpose\" varchar(8) NOT NULL, \"expiresAt\" datetime NOT NULL, \"usedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_password_tokens_token\" ON \"password_tokens\" (\"tokenHash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_password_tokens_user\" ON \"password_tokens\" (\"userId\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"userId\" varchar(36) NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"lastSeenAt\" datetime NOT NULL, \"expiresAt\" datetime NOT NULL, \"revokedAt\" datetime, \"ip\" varchar(64), \"userAgent\" varchar(255))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_sessions_token\" ON \"sessions\" (\"tokenHash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_sessions_user\" ON \"sessions\" (\"userId\") ");
    await queryRunner.query("CREATE TABLE \"partners\" (\"code\" varchar(16) PRIMARY KEY NOT NULL, \"name\" varchar(120) NOT NULL, \"nameFr\" varchar(120) NOT NULL, \"capital\" varchar(80) NOT NULL, \"timeZone\" varchar(64) NOT NULL, \"color\" varchar(9) NOT NULL)");
    await queryRunner.query("CREATE TABLE \"themes\" (\"code\" varchar(40) PRIMARY KEY NOT NULL, \"name\" varchar(160) NOT NULL, \"nameFr\" varchar(160) NOT NULL)");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"email\" varchar(254) NOT NULL, \"displayName\" varchar(120) NOT NULL, \"passwordHash\" varchar(255), \"role\" varchar(16) NOT NULL, \"partnerCode\" varchar(16), \"clearedForRestricted\" boolean NOT NULL DEFAULT (0), \"disabled\" boolean NOT NULL DEFAULT (0), \"locale\" varchar(8) NOT NULL DEFAULT ('en'), \"lastLoginAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_users_email\" ON \"users\" (\"email\") ");
    await queryRunner.query("CREATE INDEX \"IDX_users_partner\" ON \"users\" (\"partnerCode\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_users_partner\"");
    await queryRunner.query("DROP INDEX \"UQ_users_email\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TABLE \"themes\"");
    await queryRunner.query("DROP TABLE \"partners\"");
    await queryRunner.query("DROP INDEX \"IDX_sessions_user\"");
    await queryRunner.query("DROP INDEX \"UQ_sessions_token\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"IDX_password_tokens_user\"");
    await queryRunner.query("DROP INDEX \"UQ_password_tokens_token\"");
    await queryRunner.query("DROP TABLE \"password_tokens\"");
    await queryRunner.query("DROP INDEX \"IDX_audit_action\"");
    await queryRunner.query("DROP INDEX \"IDX_audit_actor_email\"");
    await queryRunner.query("DROP INDEX \"IDX_audit_at\"");
    await queryRunner.query("DROP TABLE \"audit_log\"");
    await queryRunner.query("DROP INDEX \"IDX_resource_readers_user\"");
    await queryRunner.query("DROP TABLE \"resource_readers\"");
  }
}
