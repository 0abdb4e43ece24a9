import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Agendas1795821716493 implements MigrationInterface {
  name = 'Agendas1795821716493';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"agendas\" (\"meetingId\" character varying(36) NOT NULL, \"status\" character varying(8) NOT NULL, \"version\" integer NOT NULL DEFAULT '0', \"lockedAt\" TIMESTAMP WITH TIME ZONE, \"lockedById\" character varying(36), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_31836969a09b02f8d0c38fab60b\" PRIMARY KEY (\"meetingId\"))");
    await queryRunner.query("CREATE TABLE \"agenda_items\" (\"id\" character varying(36) NOT NULL, \"meetingId\" character varying(36) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"proposingPartner\" character varying(16) NOT NULL, \"proposedById\" character varying(36) NOT NULL, \"minutes\" integer NOT NULL DEFAULT '0', \"position\" integer NOT NULL DEFAULT '0', \"state\" character varying(16) NOT NULL, \"classification\" character varying(16) NOT NULL, \"guestVisible\" boolean NOT NULL DEFAULT false, \"influenceRegion\" character varying(24), \"silenceDeadline\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7274c40301175b4b4b347820d0c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_agenda_items_scope\" ON \"agenda_items\"  (\"classification\", \"proposingPartner\") ");
    await queryRunner.query("CREATE INDEX \"IDX_agenda_items_meeting\" ON \"agenda_items\"  (\"meetingId\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"agenda_item_themes\" (\"itemId\" character varying(36) NOT NULL, \"themeCode\" character varying(40) NOT NULL, CONSTRAINT \"PK_0cd3dbf9b3132b4235db79bc25c\" PRIMARY KEY (\"itemId\", \"themeCode\"))");
    await queryRunner.query("CREATE INDEX \"IDX_agenda_item_themes_theme\" ON \"agenda_item_themes\"  (\"themeCode\") ");
    await queryRunner.query("CREATE TABLE \"agenda_item_groups\" (\"itemId\" character varying(36) NOT NULL, \"groupCode\" character varying(24) NOT NULL, CONSTRAINT \"PK_2ff84e7454cc381879500a4f46c\" PRIMARY KEY (\"itemId\", \"groupCode\"))");
    await queryRunner.query("CREATE TABLE \"agenda_item_links\" (\"itemId\" character varying(36) NOT NULL, \"kind\" character varying(16) NOT NULL, \"targetId\" character varying(36) NOT NULL, CONSTRAINT \"PK_89808419052f5d7c28dd4e03031\" PRIMARY KEY (\"itemId\", \"kind\", \"targetId\"))");
    await queryRunner.query("CREATE TABLE \"agenda_consents\" (\"itemId\" character varying(36) NOT NULL, \"partnerCode\" character varying(16) NOT NULL, \"position\" character varying(16) NOT NULL, \"text\" text, \"byUserId\" character varying(36) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_a246c05be31c17ff4bde3354351\" PRIMARY KEY (\"itemId\", \"partnerCode\"))");
    await queryRunner.query("CREATE TABLE \"agenda_item_history\" (\"id\" character varying(36) NOT NULL, \"itemId\" character varying(36) NOT NULL, \"event\" character varying(24) NOT NULL, \"fromState\" character varying(16), \"toState\" character varying(16), \"partnerCode\" character varying(16), \"detail\" text, \"byUserId\" character varying(36), \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_f486abf5fc158429020dd45c291\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_agenda_item_history_item\" ON \"agenda_item_history\"  (\"itemId\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"agenda_speakers\" (\"partnerCode\" character varying(16) NOT NULL, \"userId\" character varying(36) NOT NULL, \"grantedById\" character varying(36) NOT NULL, \"grantedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_00a02ba04200a54253abb09bd86\" PRIMARY KEY (\"partnerCode\", \"userId\"))");
    await queryRunner.query("CREATE TABLE \"agenda_versions\" (\"id\" character varying(36) NOT NULL, \"meetingId\" character varying(36) NOT NULL, \"number\" integer NOT NULL, \"snapshot\" text NOT NULL, \"lockedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"lockedById\" character varying(36) NOT NULL, \"reopenedAt\" TIMESTAMP WITH TIME ZONE, \"reopenedById\" character varying(36), \"reopenReason\" character varying(500), CONSTRAINT \"PK_2efa6bc44e470999a0e961a3084\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_agenda_versions_meeting\" ON \"agenda_versions\"  (\"meetingId\", \"number\") ");
    await queryRunner.query("ALTER TABLE \"agendas\" ADD CONSTRAINT \"FK_31836969a09b02f8d0c38fab60b\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_items\" ADD CONSTRAINT \"FK_1ca4905077ea055490798c7b133\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_items\" ADD CONSTRAINT \"FK_cf9004da7fe67e032eb733e90b9\" FOREIGN KEY (\"proposedById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item_themes\" ADD CONSTRAINT \"FK_1f4e0a1272aa748013ad1d4480a\" FOREIGN KEY (\"itemId\") REFERENCES \"agenda_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item_themes\" ADD CONSTRAINT \"FK_e30a156dd05d6c820b0c70c72f8\" FOREIGN KEY (\"themeCode\") REFERENCES \"themes\"(\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item_groups\" ADD CONSTRAINT \"FK_e7ba2a2f0a3e7b536f517b309f9\" FOREIGN KEY (\"itemId\") REFERENCES \"agenda_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item_links\" ADD CONSTRAINT \"FK_a7a33529375ba112a0f47f90b71\" FOREIGN KEY (\"itemId\") REFERENCES \"agenda_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_consents\" ADD CONSTRAINT \"FK_97048755de73faa171a5d9883c7\" FOREIGN KEY (\"itemId\") REFERENCES \"agenda_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_consents\" ADD CONSTRAINT \"FK_54b2ce698e3dc6df5b7c080003a\" FOREIGN KEY (\"byUserId\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item_history\" ADD CONSTRAINT \"FK_5c9e56dcb2d7fb8a13371864f5a\" FOREIGN KEY (\"itemId\") REFERENCES \"agenda_items\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_speakers\" ADD CONSTRAINT \"FK_fe8f6568be176011ca114eb7738\" FOREIGN KEY (\"userId\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_versions\" ADD CONSTRAINT \"FK_86819c22204f488bbd690d296e2\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"agenda_versions\" DROP CONSTRAINT \"FK_86819c22204f488bbd690d296e2\"");
    await queryRunner.query("ALTER TABLE \"agenda_speakers\" DROP CONSTRAINT \"FK_fe8f6568be176011ca114eb7738\"");
    await queryRunner.query("ALTER TABLE \"agenda_item_history\" DROP CONSTRAINT \"FK_5c9e56dcb2d7fb8a13371864f5a\"");
    await queryRunner.query("ALTER TABLE \"agenda_consents\" DROP CONSTRAINT \"FK_54b2ce698e3dc6df5b7c080003a\"");
    await queryRunner.query("ALTER TABLE \"agenda_consents\" DROP CONSTRAINT \"FK_97048755de73faa171a5d9883c7\"");
    await queryRunner.query("ALTER TABLE \"agenda_item_links\" DROP CONSTRAINT \"FK_a7a33529375ba112a0f47f90b71\"");
    await queryRunner.query("ALTER TABLE \"agenda_item_groups\" DROP CONSTRAINT \"FK_e7ba2a2f0a3e7b536f517b309f9\"");
    await queryRunner.query("ALTER TABLE \"agenda_item_themes\" DROP CONSTRAINT \"FK_e30a156dd05d6c820b0c70c72f8\"");
    await queryRunner.query("ALTER TABLE \"agenda_item_themes\" DROP CONSTRAINT \"FK_1f4e0a1272aa748013ad1d4480a\"");
    await queryRunner.query("ALTER TABLE \"agenda_items\" DROP CONSTRAINT \"FK_cf9004da7fe67e032eb733e90b9\"");
    await queryRunner.query("ALTER TABLE \"agenda_items\" DROP CONSTRAINT \"FK_1ca4905077ea055490798c7b133\"");
    await queryRunner.query("ALTER TABLE \"agendas\" DROP CONSTRAINT \"FK_31836969a09b02f8d0c38fab60b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_agenda_versions_meeting\"");
    await queryRunner.query("DROP TABLE \"agenda_versions\"");
    await queryRunner.query("DROP TABLE \"agenda_speakers\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_agenda_item_history_item\"");
    await queryRunner.query("DROP TABLE \"agenda_item_history\"");
    await queryRunner.query("DROP TABLE \"agenda_consents\"");
    await queryRunner.query("DROP TABLE \"agenda_item_links\"");
    await queryRunner.query("DROP TABLE \"agenda_item_groups\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_agenda_item_themes_theme\"");
    await queryRunner.query("DROP TABLE \"agenda_item_themes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_agenda_items_meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_agenda_items_scope\"");
    await queryRunner.query("DROP TABLE \"agenda_items\"");
    await queryRunner.query("DROP TABLE \"agendas\"");
  }
}
