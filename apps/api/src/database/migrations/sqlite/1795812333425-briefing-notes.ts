import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefingNotes1795812333425 implements MigrationInterface {
  name = 'BriefingNotes1795812333425';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"doc_snapshots\" (\"docId\" varchar(80) PRIMARY KEY NOT NULL, \"state\" blob NOT NULL, \"upToUpdateId\" integer NOT NULL, \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"doc_updates\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"docId\" varchar(80) NOT NULL, \"update\" blob NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_doc_updates_doc\" ON \"doc_updates\" (\"docId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"briefing_notes\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"title\" varchar(200) NOT NULL, \"meetingId\" varchar(36), \"ownerPartner\" varchar(16) NOT NULL, \"classification\" varchar(16) NOT NULL, \"createdById\" varchar(36) NOT NULL, \"archivedAt\" datetime, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_notes_scope\" ON \"briefing_notes\" (\"classification\", \"ownerPartner\") ");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_notes_meeting\" ON \"briefing_notes\" (\"meetingId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_notes_updated\" ON \"briefing_notes\" (\"updatedAt\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_themes\" (\"noteId\" varchar(36) NOT NULL, \"themeCode\" varchar(40) NOT NULL, PRIMARY KEY (\"noteId\", \"themeCode\"))");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_note_themes_theme\" ON \"briefing_note_themes\" (\"themeCode\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_authors\" (\"noteId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"addedAt\" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"noteId\", \"userId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_note_authors_user\" ON \"briefing_note_authors\" (\"userId\") ");
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_themes_theme\"");
    await queryRunner.query("CREATE TABLE \"temporary_briefing_note_themes\" (\"noteId\" varchar(36) NOT NULL, \"themeCode\" varchar(40) NOT NULL, CONSTRAINT \"FK_a9ef0dd4ea4c92d3d72210d9c8a\" FOREIGN KEY (\"noteId\") REFERENCES \"briefing_notes\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_6a37811901d1113b337cddbd536\" FOREIGN KEY (\"themeCode\") REFERENCES \"themes\" (\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY (\"noteId\", \"themeCode\"))");
    await queryRunner.query("INSERT INTO \"temporary_briefing_note_themes\"(\"noteId\", \"themeCode\") SELECT \"noteId\", \"themeCode\" FROM \"briefing_note_themes\"");
    await queryRunner.query("DROP TABLE \"briefing_note_themes\"");
    await queryRunner.query("ALTER TABLE \"temporary_briefing_note_themes\" RENAME TO \"briefing_note_themes\"");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_note_themes_theme\" ON \"briefing_note_themes\" (\"themeCode\") ");
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_authors_user\"");
    await queryRunner.query("CREATE TABLE \"temporary_briefing_note_authors\" (\"noteId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"addedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_dbc1bef31960fa13b38f9d9281e\" FOREIGN KEY (\"noteId\") REFERENCES \"briefing_notes\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_3a8b09974a31e1b66a0385a7f12\" FOREIGN KEY (\"userId\") REFERENCES \"users\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY (\"noteId\", \"userId\"))");
    await queryRunner.query("INSERT INTO \"temporary_briefing_note_authors\"(\"noteId\", \"userId\", \"addedAt\") SELECT \"noteId\", \"userId\", \"addedAt\" FROM \"briefing_note_authors\"");
    await queryRunner.query("DROP TABLE \"briefing_note_authors\"");
    await queryRunner.query("ALTER TABLE \"temporary_briefing_note_authors\" RENAME TO \"briefing_note_authors\"");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_note_authors_user\" ON \"briefing_note_authors\" (\"userId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_authors_user\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_authors\" RENAME TO \"temporary_briefing_note_authors\"");
    await queryRunner.query("CREATE TABLE \"briefing_note_authors\" (\"noteId\" varchar(36) NOT NULL, \"userId\" varchar(36) NOT NULL, \"addedAt\" datetime NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"noteId\", \"userId\"))");
    await queryRunner.query("INSERT INTO \"briefing_note_authors\"(\"noteId\", \"userId\", \"addedAt\") SELECT \"noteId\", \"userId\", \"addedAt\" FROM \"temporary_briefing_note_authors\"");
    await queryRunner.query("DROP TABLE \"temporary_briefing_note_authors\"");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_note_authors_user\" ON \"briefing_note_authors\" (\"userId\") ");
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_themes_theme\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_themes\" RENAME TO \"temporary_briefing_note_themes\"");
    await queryRunner.query("CREATE TABLE \"briefing_note_themes\" (\"noteId\" varchar(36) NOT NULL, \"themeCode\" varchar(40) NOT NULL, PRIMARY KEY (\"noteId\", \"themeCode\"))");
    await queryRunner.query("INSERT INTO \"briefing_note_themes\"(\"noteId\", \"themeCode\") SELECT \"noteId\", \"themeCode\" FROM \"temporary_briefing_note_themes\"");
    await queryRunner.query("DROP TABLE \"temporary_briefing_note_themes\"");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_note_themes_theme\" ON \"briefing_note_themes\" (\"themeCode\") ");
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_authors_user\"");
    await queryRunner.query("DROP TABLE \"briefing_note_authors\"");
    await queryRunner.query("DROP INDEX \"IDX_briefing_note_themes_theme\"");
    await queryRunner.query("DROP TABLE \"briefing_note_themes\"");
    await queryRunner.query("DROP INDEX \"IDX_briefing_notes_updated\"");
    await queryRunner.query("DROP INDEX \"IDX_briefing_notes_meeting\"");
    await queryRunner.query("DROP INDEX \"IDX_briefing_notes_scope\"");
    await queryRunner.query("DROP TABLE \"briefing_notes\"");
    await queryRunner.query("DROP INDEX \"IDX_doc_updates_doc\"");
    await queryRunner.query("DROP TABLE \"doc_updates\"");
    await queryRunner.query("DROP TABLE \"doc_snapshots\"");
  }
}
