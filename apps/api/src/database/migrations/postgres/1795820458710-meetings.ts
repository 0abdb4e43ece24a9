import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795820458710 implements MigrationInterface {
  name = 'Meetings1795820458710';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"meetings\" (\"id\" character varying(36) NOT NULL, \"kind\" character varying(24) NOT NULL, \"title\" character varying(200) NOT NULL, \"venue\" character varying(200), \"city\" character varying(100) NOT NULL, \"timeZone\" character varying(64) NOT NULL, \"startsAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"endsAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"status\" character varying(16) NOT NULL, \"statusReason\" character varying(500), \"hostPartner\" character varying(16), \"classification\" character varying(16) NOT NULL, \"sequence\" integer NOT NULL DEFAULT '0', \"createdById\" character varying(36), \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_aa73be861afa77eb4ed31f3ed57\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_meetings_starts\" ON \"meetings\"  (\"startsAt\") ");
    await queryRunner.query("CREATE TABLE \"meeting_participants\" (\"meetingId\" character varying(36) NOT NULL, \"partnerCode\" character varying(16) NOT NULL, CONSTRAINT \"PK_d3cdcf8a9110ae761945b1cbb9d\" PRIMARY KEY (\"meetingId\", \"partnerCode\"))");
    await queryRunner.query("CREATE INDEX \"IDX_meeting_participants_partner\" ON \"meeting_participants\"  (\"partnerCode\") ");
    await queryRunner.query("CREATE TABLE \"delegation_members\" (\"id\" character varying(36) NOT NULL, \"meetingId\" character varying(36) NOT NULL, \"partnerCode\" character varying(16) NOT NULL, \"name\" character varying(120) NOT NULL, \"ministry\" character varying(160) NOT NULL, \"function\" character varying(160) NOT NULL, \"level\" character varying(24) NOT NULL, \"userId\" character varying(36), \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e2216377bee9e19d024ed43db20\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_delegation_members_partner\" ON \"delegation_members\"  (\"partnerCode\", \"name\") ");
    await queryRunner.query("CREATE INDEX \"IDX_delegation_members_meeting\" ON \"delegation_members\"  (\"meetingId\", \"partnerCode\") ");
    await queryRunner.query("CREATE TABLE \"action_items\" (\"id\" character varying(36) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"meetingId\" character varying(36), \"agendaItemId\" character varying(36), \"ownerPartner\" character varying(16) NOT NULL, \"assigneeId\" character varying(36), \"dueDate\" character varying(10) NOT NULL, \"status\" character varying(16) NOT NULL, \"classification\" character varying(16) NOT NULL, \"createdById\" character varying(36) NOT NULL, \"completedAt\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5a84b168b001636b379312104ab\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_action_items_assignee\" ON \"action_items\"  (\"assigneeId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_action_items_meeting\" ON \"action_items\"  (\"meetingId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_action_items_due\" ON \"action_items\"  (\"status\", \"dueDate\") ");
    await queryRunner.query("CREATE TABLE \"calendar_feed_tokens\" (\"id\" character varying(36) NOT NULL, \"userId\" character varying(36) NOT NULL, \"tokenHash\" character varying(64) NOT NULL, \"lastUsedAt\" TIMESTAMP WITH TIME ZONE, \"revokedAt\" TIMESTAMP WITH TIME ZONE, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_19357e4b3fb7d99faaa618f4616\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_calendar_feed_tokens_hash\" ON \"calendar_feed_tokens\"  (\"tokenHash\") ");
    await queryRunner.query("CREATE TABLE \"scheduling_polls\" (\"id\" character varying(36) NOT NULL, \"title\" character varying(200) NOT NULL, \"kind\" character varying(24) NOT NULL, \"venue\" character varying(200), \"city\" character varying(100) NOT NULL, \"timeZone\" character varying(64) NOT NULL, \"hostPartner\" character varying(16), \"status\" character varying(16) NOT NULL, \"meetingId\" character varying(36), \"createdById\" character varying(36) NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_740cc0367a668bdfd5bfb277300\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"scheduling_poll_partners\" (\"pollId\" character varying(36) NOT NULL, \"partnerCode\" character varying(16) NOT NULL, CONSTRAINT \"PK_7b976c368e9618c388b5a10db4b\" PRIMARY KEY (\"pollId\", \"partnerCode\"))");
    await queryRunner.query("CREATE TABLE \"scheduling_poll_slots\" (\"id\" character varying(36) NOT NULL, \"pollId\" character varying(36) NOT NULL, \"startsAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"endsAt\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_52981c8e4597037bf657a162cf2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_poll_slots_poll\" ON \"scheduling_poll_slots\"  (\"pollId\", \"startsAt\") ");
    await queryRunner.query("CREATE TABLE \"scheduling_poll_votes\" (\"slotId\" character varying(36) NOT NULL, \"userId\" character varying(36) NOT NULL, \"partnerCode\" character varying(16) NOT NULL, \"answer\" character varying(16) NOT NULL, \"answeredAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e3035ea0332f71d6a844e5b4918\" PRIMARY KEY (\"slotId\", \"userId\"))");
    await queryRunner.query("ALTER TABLE \"meetings\" ADD CONSTRAINT \"FK_72dde91307ae781a66625c087e4\" FOREIGN KEY (\"createdById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_participants\" ADD CONSTRAINT \"FK_73193d0c84f0a62e423fc513027\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"delegation_members\" ADD CONSTRAINT \"FK_fd4334a18b0c2d191ac7947430d\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_items\" ADD CONSTRAINT \"FK_a302ef11e140ef94e5ccb1c1872\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_items\" ADD CONSTRAINT \"FK_310bfcd7e2525b5b3cd6d3e798d\" FOREIGN KEY (\"assigneeId\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_items\" ADD CONSTRAINT \"FK_554bda16db05cd74a41bf935d65\" FOREIGN KEY (\"createdById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"calendar_feed_tokens\" ADD CONSTRAINT \"FK_f6f42dd65443c7556429e84d60a\" FOREIGN KEY (\"userId\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"scheduling_polls\" ADD CONSTRAINT \"FK_612d9b4f7465e050af45588b36a\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"scheduling_polls\" ADD CONSTRAINT \"FK_841f2dc98dce452186f68733d45\" FOREIGN KEY (\"createdById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"scheduling_poll_partners\" ADD CONSTRAINT \"FK_b9274c91c460fac3df188daa560\" FOREIGN KEY (\"pollId\") REFERENCES \"scheduling_polls\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"scheduling_poll_slots\" ADD CONSTRAINT \"FK_424a1d027263a4d15bc483b4381\" FOREIGN KEY (\"pollId\") REFERENCES \"scheduling_polls\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"scheduling_poll_votes\" ADD CONSTRAINT \"FK_77778808de6faa9b58db199f4dc\" FOREIGN KEY (\"slotId\") REFERENCES \"scheduling_poll_slots\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"scheduling_poll_votes\" ADD CONSTRAINT \"FK_80ea8c1ea8fab3547e18a3e3d58\" FOREIGN KEY (\"userId\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"scheduling_poll_votes\" DROP CONSTRAINT \"FK_80ea8c1ea8fab3547e18a3e3d58\"");
    await queryRunner.query("ALTER TABLE \"scheduling_poll_votes\" DROP CONSTRAINT \"FK_77778808de6faa9b58db199f4dc\"");
    await queryRunner.query("ALTER TABLE \"scheduling_poll_slots\" DROP CONSTRAINT \"FK_424a1d027263a4d15bc483b4381\"");
    await queryRunner.query("ALTER TABLE \"scheduling_poll_partners\" DROP CONSTRAINT \"FK_b9274c91c460fac3df188daa560\"");
    await queryRunner.query("ALTER TABLE \"scheduling_polls\" DROP CONSTRAINT \"FK_841f2dc98dce452186f68733d45\"");
    await queryRunner.query("ALTER TABLE \"scheduling_polls\" DROP CONSTRAINT \"FK_612d9b4f7465e050af45588b36a\"");
    await queryRunner.query("ALTER TABLE \"calendar_feed_tokens\" DROP CONSTRAINT \"FK_f6f42dd65443c7556429e84d60a\"");
    await queryRunner.query("ALTER TABLE \"action_items\" DROP CONSTRAINT \"FK_554bda16db05cd74a41bf935d65\"");
    await queryRunner.query("ALTER TABLE \"action_items\" DROP CONSTRAINT \"FK_310bfcd7e2525b5b3cd6d3e798d\"");
    await queryRunner.query("ALTER TABLE \"action_items\" DROP CONSTRAINT \"FK_a302ef11e140ef94e5ccb1c1872\"");
    await queryRunner.query("ALTER TABLE \"delegation_members\" DROP CONSTRAINT \"FK_fd4334a18b0c2d191ac7947430d\"");
    await queryRunner.query("ALTER TABLE \"meeting_participants\" DROP CONSTRAINT \"FK_73193d0c84f0a62e423fc513027\"");
    await queryRunner.query("ALTER TABLE \"meetings\" DROP CONSTRAINT \"FK_72dde91307ae781a66625c087e4\"");
    await queryRunner.query("DROP TABLE \"scheduling_poll_votes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_poll_slots_poll\"");
    await queryRunner.query("DROP TABLE \"scheduling_poll_slots\"");
    await queryRunner.query("DROP TABLE \"scheduling_poll_partners\"");
    await queryRunner.query("DROP TABLE \"scheduling_polls\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_calendar_feed_tokens_hash\"");
    await queryRunner.query("DROP TABLE \"calendar_feed_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_action_items_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_action_items_meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_action_items_assignee\"");
    await queryRunner.query("DROP TABLE \"action_items\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_delegation_members_meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_delegation_members_partner\"");
    await queryRunner.query("DROP TABLE \"delegation_members\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_meeting_participants_partner\"");
    await queryRunner.query("DROP TABLE \"meeting_participants\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_meetings_starts\"");
    await queryRunner.query("DROP TABLE \"meetings\"");
  }
}
