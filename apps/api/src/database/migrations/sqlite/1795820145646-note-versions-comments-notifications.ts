import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NoteVersionsCommentsNotifications1795820145646 implements MigrationInterface {
  name = 'NoteVersionsCommentsNotifications1795820145646';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"briefing_note_comment_threads\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"noteId\" varchar(36) NOT NULL, \"anchorStart\" text NOT NULL, \"anchorEnd\" text NOT NULL, \"quote\" varchar(500) NOT NULL, \"createdById\" varchar(36) NOT NULL, \"resolvedAt\" datetime, \"resolvedById\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_note_comment_threads_note\" ON \"briefing_note_comment_threads\" (\"noteId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_comments\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"threadId\" varchar(36) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"body\" text NOT NULL, \"mentions\" text NOT NULL DEFAULT ('[]'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_note_comments_thread\" ON \"briefing_note_comments\" (\"threadId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_versions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"noteId\" varchar(36) NOT NULL, \"number\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(120), \"state\" blob NOT NULL, \"byteSize\" integer NOT NULL, \"createdById\" varchar(36), \"restoredFromId\" varchar(36), \"sealedAt\" datetime, \"sealedById\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_briefing_note_versions_note\" ON \"briefing_note_versions\" (\"noteId\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_version_approvals\" (\"versionId\" varchar(36) NOT NULL, \"partnerCode\" varchar(16) NOT NULL, \"approvedById\" varchar(36) NOT NULL, \"approvedAt\" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"versionId\", \"partnerCode\"))");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" varchar(36) NOT NULL, \"kind\" varchar(40) NOT NULL, \"resourceType\" varchar(40) NOT NULL, \"resourceId\" varchar(36) NOT NULL, \"detailId\" varchar(36), \"actorId\" varchar(36), \"readAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_notifications_user\" ON \"notifications\" (\"userId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_note_comment_threads_note\"");
    await queryRunner.query("CREATE TABLE \"temporary_briefing_note_comment_threads\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"noteId\" varchar(36) NOT NULL, \"anchorStart\" text NOT NULL, \"anchorEnd\" text NOT NULL, \"quote\" varchar(500) NOT NULL, \"createdById\" varchar(36) NOT NULL, \"resolvedAt\" datetime, \"resolvedById\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_ef1f8460d9c4860b0fea664eaef\" FOREIGN KEY (\"noteId\") REFERENCES \"briefing_notes\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_329bf300b5cce1a252ff96fb389\" FOREIGN KEY (\"createdById\") REFERENCES \"users\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_briefing_note_comment_threads\"(\"id\", \"noteId\", \"anchorStart\", \"anchorEnd\", \"quote\", \"createdById\", \"resolvedAt\", \"resolvedById\", \"createdAt\") SELECT \"id\", \"noteId\", \"anchorStart\", \"anchorEnd\", \"quote\", \"createdById\", \"resolvedAt\", \"resolvedById\", \"createdAt\" FROM \"briefing_note_comment_threads\"");
    await queryRunner.query("DROP TABLE \"briefing_note_comment_threads\"");
    await queryRunner.query("ALTER TABLE \"temporary_briefing_note_comment_threads\" RENAME TO \"briefing_note_comment_threads\"");
    await queryRunner.query("CREATE INDEX \"IDX_note_comment_threads_note\" ON \"briefing_note_comment_threads\" (\"noteId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_note_comments_thread\"");
    await queryRunner.query("CREATE TABLE \"temporary_briefing_note_comments\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"threadId\" varchar(36) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"body\" text NOT NULL, \"mentions\" text NOT NULL DEFAULT ('[]'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_f98ed45b739649cd1e275bd5b0d\" FOREIGN KEY (\"threadId\") REFERENCES \"briefing_note_comment_threads\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_67cf29dca69739be1b08da4439d\" FOREIGN KEY (\"authorId\") REFERENCES \"users\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_briefing_note_comments\"(\"id\", \"threadId\", \"authorId\", \"body\", \"mentions\", \"createdAt\") SELECT \"id\", \"threadId\", \"authorId\", \"body\", \"mentions\", \"createdAt\" FROM \"briefing_note_comments\"");
    await queryRunner.query("DROP TABLE \"briefing_note_comments\"");
    await queryRunner.query("ALTER TABLE \"temporary_briefing_note_comments\" RENAME TO \"briefing_note_comments\"");
    await queryRunner.query("CREATE INDEX \"IDX_note_comments_thread\" ON \"briefing_note_comments\" (\"threadId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_versions_note\"");
    await queryRunner.query("CREATE TABLE \"temporary_briefing_note_versions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"noteId\" varchar(36) NOT NULL, \"number\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(120), \"state\" blob NOT NULL, \"byteSize\" integer NOT NULL, \"createdById\" varchar(36), \"restoredFromId\" varchar(36), \"sealedAt\" datetime, \"sealedById\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_97fb2b5a8a3d84495e5d9e873ae\" FOREIGN KEY (\"noteId\") REFERENCES \"briefing_notes\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_604264ad1d641a8c628c7d9a2a4\" FOREIGN KEY (\"createdById\") REFERENCES \"users\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_briefing_note_versions\"(\"id\", \"noteId\", \"number\", \"kind\", \"name\", \"state\", \"byteSize\", \"createdById\", \"restoredFromId\", \"sealedAt\", \"sealedById\", \"createdAt\") SELECT \"id\", \"noteId\", \"number\", \"kind\", \"name\", \"state\", \"byteSize\", \"createdById\", \"restoredFromId\", \"sealedAt\", \"sealedById\", \"createdAt\" FROM \"briefing_note_versions\"");
    await queryRunner.query("DROP TABLE \"briefing_note_versions\"");
    await queryRunner.query("ALTER TABLE \"temporary_briefing_note_versions\" RENAME TO \"briefing_note_versions\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_briefing_note_versions_note\" ON \"briefing_note_versions\" (\"noteId\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"temporary_briefing_note_version_approvals\" (\"versionId\" varchar(36) NOT NULL, \"partnerCode\" varchar(16) NOT NULL, \"approvedById\" varchar(36) NOT NULL, \"approvedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_62556073980bb63c75681882d3b\" FOREIGN KEY (\"versionId\") REFERENCES \"briefing_note_versions\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_68fa4b6d4dc5f0086abf6de133a\" FOREIGN KEY (\"approvedById\") REFERENCES \"users\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY (\"versionId\", \"partnerCode\"))");
    await queryRunner.query("INSERT INTO \"temporary_briefing_note_version_approvals\"(\"versionId\", \"partnerCode\", \"approvedById\", \"approvedAt\") SELECT \"versionId\", \"partnerCode\", \"approvedById\", \"approvedAt\" FROM \"briefing_note_version_approvals\"");
    await queryRunner.query("DROP TABLE \"briefing_note_version_approvals\"");
    await queryRunner.query("ALTER TABLE \"temporary_briefing_note_version_approvals\" RENAME TO \"briefing_note_version_approvals\"");
    await queryRunner.query("DROP INDEX \"IDX_notifications_user\"");
    await queryRunner.query("CREATE TABLE \"temporary_notifications\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" varchar(36) NOT NULL, \"kind\" varchar(40) NOT NULL, \"resourceType\" varchar(40) NOT NULL, \"resourceId\" varchar(36) NOT NULL, \"detailId\" varchar(36), \"actorId\" varchar(36), \"readAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_692a909ee0fa9383e7859f9b406\" FOREIGN KEY (\"userId\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_notifications\"(\"id\", \"userId\", \"kind\", \"resourceType\", \"resourceId\", \"detailId\", \"actorId\", \"readAt\", \"createdAt\") SELECT \"id\", \"userId\", \"kind\", \"resourceType\", \"resourceId\", \"detailId\", \"actorId\", \"readAt\", \"createdAt\" FROM \"notifications\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("ALTER TABLE \"temporary_notifications\" RENAME TO \"notifications\"");
    await queryRunner.query("CREATE INDEX \"IDX_notifications_user\" ON \"notifications\" (\"userId\", \"createdAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_notifications_user\"");
    await queryRunner.query("ALTER TABLE \"notifications\" RENAME TO \"temporary_notifications\"");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" varchar(36) NOT NULL, \"kind\" varchar(40) NOT NULL, \"resourceType\" varchar(40) NOT NULL, \"resourceId\" varchar(36) NOT NULL, \"detailId\" varchar(36), \"actorId\" varchar(36), \"readAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"notifications\"(\"id\", \"userId\", \"kind\", \"resourceType\", \"resourceId\", \"detailId\", \"actorId\", \"readAt\", \"createdAt\") SELECT \"id\", \"userId\", \"kind\", \"resourceType\", \"resourceId\", \"detailId\", \"actorId\", \"readAt\", \"createdAt\" FROM \"temporary_notifications\"");
    await queryRunner.query("DROP TABLE \"temporary_notifications\"");
    await queryRunner.query("CREATE INDEX \"IDX_notifications_user\" ON \"notifications\" (\"userId\", \"createdAt\") ");
    await queryRunner.query("ALTER TABLE \"briefing_note_version_approvals\" RENAME TO \"temporary_briefing_note_version_approvals\"");
    await queryRunner.query("CREATE TABLE \"briefing_note_version_approvals\" (\"versionId\" varchar(36) NOT NULL, \"partnerCode\" varchar(16) NOT NULL, \"approvedById\" varchar(36) NOT NULL, \"approvedAt\" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"versionId\", \"partnerCode\"))");
    await queryRunner.query("INSERT INTO \"briefing_note_version_approvals\"(\"versionId\", \"partnerCode\", \"approvedById\", \"approvedAt\") SELECT \"versionId\", \"partnerCode\", \"approvedById\", \"approvedAt\" FROM \"temporary_briefing_note_version_approvals\"");
    await queryRunner.query("DROP TABLE \"temporary_briefing_note_version_approvals\"");
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_versions_note\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_versions\" RENAME TO \"temporary_briefing_note_versions\"");
    await queryRunner.query("CREATE TABLE \"briefing_note_versions\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"noteId\" varchar(36) NOT NULL, \"number\" integer NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(120), \"state\" blob NOT NULL, \"byteSize\" integer NOT NULL, \"createdById\" varchar(36), \"restoredFromId\" varchar(36), \"sealedAt\" datetime, \"sealedById\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"briefing_note_versions\"(\"id\", \"noteId\", \"number\", \"kind\", \"name\", \"state\", \"byteSize\", \"createdById\", \"restoredFromId\", \"sealedAt\", \"sealedById\", \"createdAt\") SELECT \"id\", \"noteId\", \"number\", \"kind\", \"name\", \"state\", \"byteSize\", \"createdById\", \"restoredFromId\", \"sealedAt\", \"sealedById\", \"createdAt\" FROM \"temporary_briefing_note_versions\"");
    await queryRunner.query("DROP TABLE \"temporary_briefing_note_versions\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_briefing_note_versions_note\" ON \"briefing_note_versions\" (\"noteId\", \"number\") ");
    await queryRunner.query("DROP INDEX \"IDX_note_comments_thread\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_comments\" RENAME TO \"temporary_briefing_note_comments\"");
    await queryRunner.query("CREATE TABLE \"briefing_note_comments\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"threadId\" varchar(36) NOT NULL, \"authorId\" varchar(36) NOT NULL, \"body\" text NOT NULL, \"mentions\" text NOT NULL DEFAULT ('[]'), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"briefing_note_comments\"(\"id\", \"threadId\", \"authorId\", \"body\", \"mentions\", \"createdAt\") SELECT \"id\", \"threadId\", \"authorId\", \"body\", \"mentions\", \"createdAt\" FROM \"temporary_briefing_note_comments\"");
    await queryRunner.query("DROP TABLE \"temporary_briefing_note_comments\"");
    await queryRunner.query("CREATE INDEX \"IDX_note_comments_thread\" ON \"briefing_note_comments\" (\"threadId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_note_comment_threads_note\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_comment_threads\" RENAME TO \"temporary_briefing_note_comment_threads\"");
    await queryRunner.query("CREATE TABLE \"briefing_note_comment_threads\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"noteId\" varchar(36) NOT NULL, \"anchorStart\" text NOT NULL, \"anchorEnd\" text NOT NULL, \"quote\" varchar(500) NOT NULL, \"createdById\" varchar(36) NOT NULL, \"resolvedAt\" datetime, \"resolvedById\" varchar(36), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"briefing_note_comment_threads\"(\"id\", \"noteId\", \"anchorStart\", \"anchorEnd\", \"quote\", \"createdById\", \"resolvedAt\", \"resolvedById\", \"createdAt\") SELECT \"id\", \"noteId\", \"anchorStart\", \"anchorEnd\", \"quote\", \"createdById\", \"resolvedAt\", \"resolvedById\", \"createdAt\" FROM \"temporary_briefing_note_comment_threads\"");
    await queryRunner.query("DROP TABLE \"temporary_briefing_note_comment_threads\"");
    await queryRunner.query("CREATE INDEX \"IDX_note_comment_threads_note\" ON \"briefing_note_comment_threads\" (\"noteId\", \"createdAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_notifications_user\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP TABLE \"briefing_note_version_approvals\"");
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_versions_note\"");
    await queryRunner.query("DROP TABLE \"briefing_note_versions\"");
    await queryRunner.query("DROP INDEX \"IDX_note_comments_thread\"");
    await queryRunner.query("DROP TABLE \"briefing_note_comments\"");
    await queryRunner.query("DROP INDEX \"IDX_note_comment_threads_note\"");
    await queryRunner.query("DROP TABLE \"briefing_note_comment_threads\"");
  }
}
