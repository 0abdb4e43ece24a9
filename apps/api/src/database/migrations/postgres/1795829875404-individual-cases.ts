import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndividualCases1795829875404 implements MigrationInterface {
  name = 'IndividualCases1795829875404';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"individual_cases\" (\"id\" character varying(36) NOT NULL, \"reference\" character varying(40) NOT NULL, \"name\" character varying(200) NOT NULL, \"nativeName\" character varying(200) NOT NULL DEFAULT '', \"birthYear\" integer, \"region\" character varying(300) NOT NULL DEFAULT '', \"status\" character varying(16) NOT NULL, \"detainedOn\" character varying(10), \"charges\" character varying(300) NOT NULL DEFAULT '', \"sentence\" character varying(300) NOT NULL DEFAULT '', \"location\" character varying(300) NOT NULL DEFAULT '', \"summary\" text NOT NULL DEFAULT '', \"sourceName\" character varying(300) NOT NULL DEFAULT '', \"sourceReference\" character varying(300) NOT NULL DEFAULT '', \"ownerPartner\" character varying(16) NOT NULL, \"classification\" character varying(16) NOT NULL DEFAULT 'RESTRICTED', \"createdById\" character varying(36) NOT NULL, \"updatedById\" character varying(36) NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_cb1495ed0cdbcfe10e9cadb6d8d\" UNIQUE (\"reference\"), CONSTRAINT \"PK_ded3bc1841dc1ca27143a52d700\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_individual_cases_status\" ON \"individual_cases\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_individual_cases_scope\" ON \"individual_cases\"  (\"classification\", \"ownerPartner\") ");
    await queryRunner.query("CREATE TABLE \"individual_case_themes\" (\"caseId\" character varying(36) NOT NULL, \"themeCode\" character varying(40) NOT NULL, CONSTRAINT \"PK_c5f5efce6f10fe286ddb50e60a7\" PRIMARY KEY (\"caseId\", \"themeCode\"))");
    await queryRunner.query("CREATE INDEX \"IDX_individual_case_themes_theme\" ON \"individual_case_themes\"  (\"themeCode\") ");
    await queryRunner.query("CREATE TABLE \"individual_case_groups\" (\"caseId\" character varying(36) NOT NULL, \"groupCode\" character varying(24) NOT NULL, CONSTRAINT \"PK_7dfbc2d26828afded36ef1e6814\" PRIMARY KEY (\"caseId\", \"groupCode\"))");
    await queryRunner.query("CREATE TABLE \"individual_case_raisings\" (\"id\" character varying(36) NOT NULL, \"caseId\" character varying(36) NOT NULL, \"partnerCode\" character varying(16) NOT NULL, \"meetingId\" character varying(36), \"channel\" character varying(8) NOT NULL, \"raisedOn\" character varying(10) NOT NULL, \"request\" text NOT NULL DEFAULT '', \"answerKind\" character varying(12) NOT NULL DEFAULT 'AWAITED', \"answer\" text NOT NULL DEFAULT '', \"answeredOn\" character varying(10), \"recordedById\" character varying(36) NOT NULL, \"recordedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"answerRecordedById\" character varying(36), \"answerRecordedAt\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_bc34a30e7a11a9f08ff8d4d19c0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_individual_case_raisings_meeting\" ON \"individual_case_raisings\"  (\"meetingId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_individual_case_raisings_case\" ON \"individual_case_raisings\"  (\"caseId\", \"raisedOn\") ");
    await queryRunner.query("CREATE TABLE \"individual_case_lists\" (\"meetingId\" character varying(36) NOT NULL, \"sentAt\" TIMESTAMP WITH TIME ZONE, \"sentById\" character varying(36), \"updatedById\" character varying(36) NOT NULL, \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1f8e9140e90697d34166e031ff1\" PRIMARY KEY (\"meetingId\"))");
    await queryRunner.query("CREATE TABLE \"individual_case_list_entries\" (\"meetingId\" character varying(36) NOT NULL, \"caseId\" character varying(36) NOT NULL, \"position\" integer NOT NULL, \"request\" text NOT NULL DEFAULT '', CONSTRAINT \"PK_177edfa9170301636d22a052ab5\" PRIMARY KEY (\"meetingId\", \"caseId\"))");
    await queryRunner.query("ALTER TABLE \"individual_cases\" ADD CONSTRAINT \"FK_4e5475d8fdb46c5d3144249adff\" FOREIGN KEY (\"createdById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_cases\" ADD CONSTRAINT \"FK_e9acf090daadc98006458626b8d\" FOREIGN KEY (\"updatedById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_themes\" ADD CONSTRAINT \"FK_2b09d8825102fec4f4340068df0\" FOREIGN KEY (\"caseId\") REFERENCES \"individual_cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_themes\" ADD CONSTRAINT \"FK_06da5a37ba53b0ec32072944fe2\" FOREIGN KEY (\"themeCode\") REFERENCES \"themes\"(\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_groups\" ADD CONSTRAINT \"FK_a13b195869da17ccd091e65f38d\" FOREIGN KEY (\"caseId\") REFERENCES \"individual_cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_raisings\" ADD CONSTRAINT \"FK_12a49dd23946bd4b696dd45b1b1\" FOREIGN KEY (\"caseId\") REFERENCES \"individual_cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_raisings\" ADD CONSTRAINT \"FK_5b9914afafa1d8aaa0b4108bd66\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_raisings\" ADD CONSTRAINT \"FK_bca0d27ee858d6ef14facbd0930\" FOREIGN KEY (\"recordedById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_raisings\" ADD CONSTRAINT \"FK_74fa63543cefe80455721f98d23\" FOREIGN KEY (\"answerRecordedById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_lists\" ADD CONSTRAINT \"FK_1f8e9140e90697d34166e031ff1\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_lists\" ADD CONSTRAINT \"FK_0529fbbac68de15798dd0f9ba5c\" FOREIGN KEY (\"sentById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_lists\" ADD CONSTRAINT \"FK_771116959e0a1f5d0dc95425dab\" FOREIGN KEY (\"updatedById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_list_entries\" ADD CONSTRAINT \"FK_f1f367a81f625929f85e36dc6e9\" FOREIGN KEY (\"meetingId\") REFERENCES \"individual_case_lists\"(\"meetingId\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"individual_case_list_entries\" ADD CONSTRAINT \"FK_54f63968986af541d1da30999a6\" FOREIGN KEY (\"caseId\") REFERENCES \"individual_cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"individual_case_list_entries\" DROP CONSTRAINT \"FK_54f63968986af541d1da30999a6\"");
    await queryRunner.query("ALTER TABLE \"individual_case_list_entries\" DROP CONSTRAINT \"FK_f1f367a81f625929f85e36dc6e9\"");
    await queryRunner.query("ALTER TABLE \"individual_case_lists\" DROP CONSTRAINT \"FK_771116959e0a1f5d0dc95425dab\"");
    await queryRunner.query("ALTER TABLE \"individual_case_lists\" DROP CONSTRAINT \"FK_0529fbbac68de15798dd0f9ba5c\"");
    await queryRunner.query("ALTER TABLE \"individual_case_lists\" DROP CONSTRAINT \"FK_1f8e9140e90697d34166e031ff1\"");
    await queryRunner.query("ALTER TABLE \"individual_case_raisings\" DROP CONSTRAINT \"FK_74fa63543cefe80455721f98d23\"");
    await queryRunner.query("ALTER TABLE \"individual_case_raisings\" DROP CONSTRAINT \"FK_bca0d27ee858d6ef14facbd0930\"");
    await queryRunner.query("ALTER TABLE \"individual_case_raisings\" DROP CONSTRAINT \"FK_5b9914afafa1d8aaa0b4108bd66\"");
    await queryRunner.query("ALTER TABLE \"individual_case_raisings\" DROP CONSTRAINT \"FK_12a49dd23946bd4b696dd45b1b1\"");
    await queryRunner.query("ALTER TABLE \"individual_case_groups\" DROP CONSTRAINT \"FK_a13b195869da17ccd091e65f38d\"");
    await queryRunner.query("ALTER TABLE \"individual_case_themes\" DROP CONSTRAINT \"FK_06da5a37ba53b0ec32072944fe2\"");
    await queryRunner.query("ALTER TABLE \"individual_case_themes\" DROP CONSTRAINT \"FK_2b09d8825102fec4f4340068df0\"");
    await queryRunner.query("ALTER TABLE \"individual_cases\" DROP CONSTRAINT \"FK_e9acf090daadc98006458626b8d\"");
    await queryRunner.query("ALTER TABLE \"individual_cases\" DROP CONSTRAINT \"FK_4e5475d8fdb46c5d3144249adff\"");
    await queryRunner.query("DROP TABLE \"individual_case_list_entries\"");
    await queryRunner.query("DROP TABLE \"individual_case_lists\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_individual_case_raisings_case\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_individual_case_raisings_meeting\"");
    await queryRunner.query("DROP TABLE \"individual_case_raisings\"");
    await queryRunner.query("DROP TABLE \"individual_case_groups\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_individual_case_themes_theme\"");
    await queryRunner.query("DROP TABLE \"individual_case_themes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_individual_cases_scope\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_individual_cases_status\"");
    await queryRunner.query("DROP TABLE \"individual_cases\"");
  }
}
