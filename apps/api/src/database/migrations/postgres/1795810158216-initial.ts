import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795810158216 implements MigrationInterface {
  name = 'Initial1795810158216';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"resource_readers\" (\"resourceType\" character varying(40) NOT NULL, \"resourceId\" character varying(36) NOT NULL, \"userId\" character varying(36) NOT NULL, CONSTRAINT \"PK_64242ba33d89578daae682cc8f9\" PRIMARY KEY (\"resourceType\", \"resourceId\", \"userId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_resource_readers_user\" ON \"resource_readers\"  (\"userId\") ");
    await queryRunner.query("CREATE TABLE \"audit_log\" (\"id\" SERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actorId\" character varying(36), \"actorEmail\" character varying(254), \"action\" character varying(64) NOT NULL, \"resourceType\" character varying(40), \"resourceId\" character varying(64), \"outcome\" character varying(8) NOT NULL, \"ip\" character varying(64), \"details\" text, \"prevHash\" character varying(64) NOT NULL, \"hash\" character varying(64) NOT NULL, CONSTRAINT \"PK_07fefa57f7f5ab8fc3f52b3ed0b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_audit_at\" ON \"audit_log\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_audit_actor_email\" ON \"audit_log\"  (\"actorEmail\") ");
    await queryRunner.query("CREATE INDEX \"IDX_audit_action\" ON \"audit_log\"  (\"action\") ");
    await queryRunner.query("CREATE TABLE \"password_tokens\" (\"id\" character varying(36) NOT NULL, \"tokenHash\" character varying(64) NOT NULL, \"userId\" character varying(36) NOT NULL, \"purpose\" character varying(8) NOT NULL, \"expiresAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"usedAt\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_816120c39410c02dabd34b8672b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_password_tokens_token\" ON \"password_tokens\"  (\"tokenHash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_password_tokens_user\" ON \"password_tokens\"  (\"userId\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" character varying(36) NOT NULL, \"tokenHash\" character varying(64) NOT NULL, \"userId\" character varying(36) NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"lastSeenAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expiresAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revokedAt\" TIMESTAMP WITH TIME ZONE, \"ip\" character varying(64), \"userAgent\" character varying(255), CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_sessions_token\" ON \"sessions\"  (\"tokenHash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_sessions_user\" ON \"sessions\"  (\"userId\") ");
    await queryRunner.query("CREATE TABLE \"partners\" (\"code\" character varying(16) NOT NULL, \"name\" character varying(120) NOT NULL, \"nameFr\" character varying(120) NOT NULL, \"capital\" character varying(80) NOT NULL, \"timeZone\" character varying(64) NOT NULL, \"color\" character varying(9) NOT NULL, CONSTRAINT \"PK_743603c531ef8dbae39af9492bb\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE TABLE \"themes\" (\"code\" character varying(40) NOT NULL, \"name\" character varying(160) NOT NULL, \"nameFr\" character varying(160) NOT NULL, CONSTRAINT \"PK_37c3b54b342e788a6cba1a1dce2\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" character varying(36) NOT NULL, \"email\" character varying(254) NOT NULL, \"displayName\" character varying(120) NOT NULL, \"passwordHash\" character varying(255), \"role\" character varying(16) NOT NULL, \"partnerCode\" character varying(16), \"clearedForRestricted\" boolean NOT NULL DEFAULT false, \"disabled\" boolean NOT NULL DEFAULT false, \"locale\" character varying(8) NOT NULL DEFAULT 'en', \"lastLoginAt\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_users_email\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE INDEX \"IDX_users_partner\" ON \"users\"  (\"partnerCode\") ");
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
