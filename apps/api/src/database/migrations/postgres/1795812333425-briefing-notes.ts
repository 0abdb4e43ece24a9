import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefingNotes1795812333425 implements MigrationInterface {
  name = 'BriefingNotes1795812333425';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"doc_snapshots\" (\"docId\" character varying(80) NOT NULL, \"state\" bytea NOT NULL, \"upToUpdateId\" integer NOT NULL, \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_96be3c18043c0f97950f252dfbc\" PRIMARY KEY (\"docId\"))");
    await queryRunner.query("CREATE TABLE \"doc_updates\" (\"id\" SERIAL NOT NULL, \"docId\" character varying(80) NOT NULL, \"update\" bytea NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a05b38fbf07cb148992acef668e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_doc_updates_doc\" ON \"doc_updates\"  (\"docId\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"briefing_notes\" (\"id\" character varying(36) NOT NULL, \"title\" character varying(200) NOT NULL, \"meetingId\" character varying(36), \"ownerPartner\" character varying(16) NOT NULL, \"classification\" character varying(16) NOT NULL, \"createdById\" character varying(36) NOT NULL, \"archivedAt\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_47c5461dd879c4581a484029e6b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_notes_scope\" ON \"briefing_notes\"  (\"classification\", \"ownerPartner\") ");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_notes_meeting\" ON \"briefing_notes\"  (\"meetingId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_notes_updated\" ON \"briefing_notes\"  (\"updatedAt\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_themes\" (\"noteId\" character varying(36) NOT NULL, \"themeCode\" character varying(40) NOT NULL, CONSTRAINT \"PK_e0b4cdb721f8229ab6420264e27\" PRIMARY KEY (\"noteId\", \"themeCode\"))");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_note_themes_theme\" ON \"briefing_note_themes\"  (\"themeCode\") ");
    await queryRunner.query("CREATE TABLE \"briefing_note_authors\" (\"noteId\" character varying(36) NOT NULL, \"userId\" character varying(36) NOT NULL, \"addedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_fe6609d3d3fad7ffde60cca0611\" PRIMARY KEY (\"noteId\", \"userId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_briefing_note_authors_user\" ON \"briefing_note_authors\"  (\"userId\") ");
    await queryRunner.query("ALTER TABLE \"briefing_note_themes\" ADD CONSTRAINT \"FK_a9ef0dd4ea4c92d3d72210d9c8a\" FOREIGN KEY (\"noteId\") REFERENCES \"briefing_notes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_themes\" ADD CONSTRAINT \"FK_6a37811901d1113b337cddbd536\" FOREIGN KEY (\"themeCode\") REFERENCES \"themes\"(\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_authors\" ADD CONSTRAINT \"FK_dbc1bef31960fa13b38f9d9281e\" FOREIGN KEY (\"noteId\") REFERENCES \"briefing_notes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"briefing_note_authors\" ADD CONSTRAINT \"FK_3a8b09974a31e1b66a0385a7f12\" FOREIGN KEY (\"userId\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"briefing_note_authors\" DROP CONSTRAINT \"FK_3a8b09974a31e1b66a0385a7f12\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_authors\" DROP CONSTRAINT \"FK_dbc1bef31960fa13b38f9d9281e\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_themes\" DROP CONSTRAINT \"FK_6a37811901d1113b337cddbd536\"");
    await queryRunner.query("ALTER TABLE \"briefing_note_themes\" DROP CONSTRAINT \"FK_a9ef0dd4ea4c92d3d72210d9c8a\"");
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
