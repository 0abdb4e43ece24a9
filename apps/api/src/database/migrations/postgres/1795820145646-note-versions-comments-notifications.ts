import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NoteVersionsCommentsNotifications1795820145646 implements MigrationInterface {
  name = 'NoteVersionsCommentsNotifications1795820145646';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"briefing_note_comment_threads\" (\"id\" character varying(36) NOT NULL, \"noteId\" character varying(36) NOT NULL, \"anchorStart\" text NOT NULL, \"anchorEnd\" text NOT NULL, \"quote\" character varying(500) NOT NULL, \"createdById\" character varying(36) NOT NULL, \"resolvedAt\" TIMESTAMP WITH TIME ZONE, \"resolvedById\" character varying(36), \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ad95b25bd30a7436e1aae1cdda7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_note_comment_threads_note\" ON \"briefing_note_comment_threads\"  (\"noteId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_comments\" (\"id\" character varying(36) NOT NULL, \"threadId\" character varying(36) NOT NULL, \"authorId\" character varying(36) NOT NULL, \"body\" text NOT NULL, \"mentions\" text NOT NULL DEFAULT '[]', \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_95f118505480f38f41cd2374e42\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_note_comments_thread\" ON \"briefing_note_comments\"  (\"threadId\", \"createdAt\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_versions\" (\"id\" character varying(36) NOT NULL, \"noteId\" character varying(36) NOT NULL, \"number\" integer NOT NULL, \"kind\" character varying(16) NOT NULL, \"name\" character varying(120), \"state\" bytea NOT NULL, \"byteSize\" integer NOT NULL, \"createdById\" character varying(36), \"restoredFromId\" character varying(36), \"sealedAt\" TIMESTAMP WITH TIME ZONE, \"sealedById\" character varying(36), \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_be343fc91b9b3dce4e065e7928e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_briefing_note_versions_note\" ON \"briefing_note_versions\"  (\"noteId\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_version_approvals\" (\"versionId\" character varying(36) NOT NULL, \"partnerCode\" character varying(16) NOT NULL, \"approvedById\" character varying(36) NOT NULL, \"approvedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5c71b951aeb95c58652ed7d11cc\" PRIMARY KEY (\"versionId\", \"partnerCode\"))");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" character varying(36) NOT NULL, \"userId\" character varying(36) NOT NULL, \"kind\" character varying(40) NOT NULL, \"resourceType\" character varying(40) NOT NULL, \"resourceId\" character varying(36) NOT NULL, \"detailId\" character varying(36), \"actorId\" character varying(36), \"readAt\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_notifications_user\" ON \"notifications\"  (\"userId\", \"createdAt\") ");
    await queryRunner.query("ALTER TABLE \"briefing_note_comment_threads\" ADD CONSTRAINT \"FK_ef1f8460d9c4860b0fea664eaef\" FOREIGN KEY (\"noteId\") REFERENCES \"briefing_notes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_comment_threads\" ADD CONSTRAINT \"FK_329bf300b5cce1a252ff96fb389\" FOREIGN KEY (\"createdById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_comments\" ADD CONSTRAINT \"FK_f98ed45b739649cd1e275bd5b0d\" FOREIGN KEY (\"threadId\") REFERENCES \"briefing_note_comment_threads\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_comments\" ADD CONSTRAINT \"FK_67cf29dca69739be1b08da4439d\" FOREIGN KEY (\"authorId\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_versions\" ADD CONSTRAINT \"FK_97fb2b5a8a3d84495e5d9e873ae\" FOREIGN KEY (\"noteId\") REFERENCES \"briefing_notes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_versions\" ADD CONSTRAINT \"FK_604264ad1d641a8c628c7d9a2a4\" FOREIGN KEY (\"createdById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_version_approvals\" ADD CONSTRAINT \"FK_62556073980bb63c75681882d3b\" FOREIGN KEY (\"versionId\") REFERENCES \"briefing_note_versions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_version_approvals\" ADD CONSTRAINT \"FK_68fa4b6d4dc5f0086abf6de133a\" FOREIGN KEY (\"approvedById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"FK_692a909ee0fa9383e7859f9b406\" FOREIGN KEY (\"userId\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"FK_692a909ee0fa9383e7859f9b406\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_version_approvals\" DROP CONSTRAINT \"FK_68fa4b6d4dc5f0086abf6de133a\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_version_approvals\" DROP CONSTRAINT \"FK_62556073980bb63c75681882d3b\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_versions\" DROP CONSTRAINT \"FK_604264ad1d641a8c628c7d9a2a4\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_versions\" DROP CONSTRAINT \"FK_97fb2b5a8a3d84495e5d9e873ae\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_comments\" DROP CONSTRAINT \"FK_67cf29dca69739be1b08da4439d\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_comments\" DROP CONSTRAINT \"FK_f98ed45b739649cd1e275bd5b0d\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_comment_threads\" DROP CONSTRAINT \"FK_329bf300b5cce1a252ff96fb389\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_comment_threads\" DROP CONSTRAINT \"FK_ef1f8460d9c4860b0fea664eaef\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_notifications_user\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP TABLE \"briefing_note_version_approvals\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_briefing_note_versions_note\"");
    await queryRunner.query("DROP TABLE \"briefing_note_versions\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_note_comments_thread\"");
    await queryRunner.query("DROP TABLE \"briefing_note_comments\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_note_comment_threads_note\"");
    await queryRunner.query("DROP TABLE \"briefing_note_comment_threads\"");
  }
}
