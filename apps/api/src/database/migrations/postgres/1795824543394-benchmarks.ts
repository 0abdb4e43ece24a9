import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Benchmarks1795824543394 implements MigrationInterface {
  name = 'Benchmarks1795824543394';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"aligned_objectives\" (\"id\" character varying(36) NOT NULL, \"title\" character varying(300) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"createdByPartner\" character varying(16) NOT NULL, \"createdById\" character varying(36) NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1043e662c24ba5cd4a094ab0683\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"benchmarks\" (\"id\" character varying(36) NOT NULL, \"statement\" character varying(500) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"kind\" character varying(24) NOT NULL, \"ownerPartner\" character varying(16) NOT NULL, \"targetDate\" character varying(10), \"classification\" character varying(16) NOT NULL, \"unInstrument\" character varying(32), \"unArticle\" character varying(60), \"unMechanism\" character varying(40), \"uprCycle\" integer, \"alignedObjectiveId\" character varying(36), \"withdrawnAt\" TIMESTAMP WITH TIME ZONE, \"withdrawnReason\" character varying(500), \"createdById\" character varying(36) NOT NULL, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7e1ca1c910680770da116e0b95c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_benchmarks_kind_target\" ON \"benchmarks\"  (\"kind\", \"targetDate\") ");
    await queryRunner.query("CREATE INDEX \"IDX_benchmarks_objective\" ON \"benchmarks\"  (\"alignedObjectiveId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_benchmarks_scope\" ON \"benchmarks\"  (\"classification\", \"ownerPartner\") ");
    await queryRunner.query("CREATE TABLE \"benchmark_themes\" (\"benchmarkId\" character varying(36) NOT NULL, \"themeCode\" character varying(40) NOT NULL, CONSTRAINT \"PK_6a31ee963983e880868babad89b\" PRIMARY KEY (\"benchmarkId\", \"themeCode\"))");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_themes_theme\" ON \"benchmark_themes\"  (\"themeCode\") ");
    await queryRunner.query("CREATE TABLE \"benchmark_indicators\" (\"benchmarkId\" character varying(36) NOT NULL, \"position\" integer NOT NULL, \"text\" character varying(500) NOT NULL, CONSTRAINT \"PK_5b3b335ed4640cec4b6b8a71197\" PRIMARY KEY (\"benchmarkId\", \"position\"))");
    await queryRunner.query("CREATE TABLE \"benchmark_assessments\" (\"id\" character varying(36) NOT NULL, \"benchmarkId\" character varying(36) NOT NULL, \"partnerCode\" character varying(16) NOT NULL, \"date\" character varying(10) NOT NULL, \"meetingId\" character varying(36), \"status\" character varying(16) NOT NULL, \"evidence\" text NOT NULL DEFAULT '', \"links\" text NOT NULL DEFAULT '[]', \"chinaResponse\" text NOT NULL DEFAULT '', \"supersedesId\" character varying(36), \"recordedById\" character varying(36) NOT NULL, \"recordedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_7c2dcb5ccebaac300f77e1f1185\" UNIQUE (\"supersedesId\"), CONSTRAINT \"PK_e862a27bd24caa32644862629cb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_assessments_meeting\" ON \"benchmark_assessments\"  (\"meetingId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_assessments_benchmark\" ON \"benchmark_assessments\"  (\"benchmarkId\", \"date\") ");
    await queryRunner.query("CREATE TABLE \"benchmark_conflicts\" (\"id\" character varying(36) NOT NULL, \"kind\" character varying(24) NOT NULL, \"scopeKey\" character varying(60) NOT NULL, \"key\" character varying(200) NOT NULL, \"activeKey\" character varying(200), \"facts\" character varying(200) NOT NULL DEFAULT '', \"alignedObjectiveId\" character varying(36), \"sideABenchmarkId\" character varying(36), \"sideAPartner\" character varying(16), \"sideAAssessmentId\" character varying(36), \"sideBBenchmarkId\" character varying(36), \"sideBPartner\" character varying(16), \"sideBAssessmentId\" character varying(36), \"period\" character varying(8), \"message\" text NOT NULL, \"previousId\" character varying(36), \"detectedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updatedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"clearedAt\" TIMESTAMP WITH TIME ZONE, \"resolvedAt\" TIMESTAMP WITH TIME ZONE, \"resolvedById\" character varying(36), \"resolutionNote\" text, \"resolvedFacts\" character varying(200), CONSTRAINT \"UQ_54064df6103523f90e82866a88e\" UNIQUE (\"activeKey\"), CONSTRAINT \"PK_461f0586f7dd68ae3fd93db9938\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_conflicts_side_b\" ON \"benchmark_conflicts\"  (\"sideBBenchmarkId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_conflicts_side_a\" ON \"benchmark_conflicts\"  (\"sideABenchmarkId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_conflicts_key\" ON \"benchmark_conflicts\"  (\"key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_conflicts_scope\" ON \"benchmark_conflicts\"  (\"scopeKey\") ");
    await queryRunner.query("ALTER TABLE \"aligned_objectives\" ADD CONSTRAINT \"FK_2408c2366cfbeb6faf92b4c9193\" FOREIGN KEY (\"createdById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmarks\" ADD CONSTRAINT \"FK_9bca019a50ae9db6462058cadc7\" FOREIGN KEY (\"alignedObjectiveId\") REFERENCES \"aligned_objectives\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmarks\" ADD CONSTRAINT \"FK_28d6ce94cbed5d7e2041faf8c73\" FOREIGN KEY (\"createdById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_themes\" ADD CONSTRAINT \"FK_7010614a9e4ca728094b7513537\" FOREIGN KEY (\"benchmarkId\") REFERENCES \"benchmarks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_themes\" ADD CONSTRAINT \"FK_fa5085e5841832b3454e7bae53f\" FOREIGN KEY (\"themeCode\") REFERENCES \"themes\"(\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_indicators\" ADD CONSTRAINT \"FK_42c358573c2135dc93ce658bc2d\" FOREIGN KEY (\"benchmarkId\") REFERENCES \"benchmarks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_assessments\" ADD CONSTRAINT \"FK_df92bf67797ebf538d57eb55347\" FOREIGN KEY (\"benchmarkId\") REFERENCES \"benchmarks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_assessments\" ADD CONSTRAINT \"FK_16a580f616afe0b15590cb746fa\" FOREIGN KEY (\"meetingId\") REFERENCES \"meetings\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_assessments\" ADD CONSTRAINT \"FK_7c2dcb5ccebaac300f77e1f1185\" FOREIGN KEY (\"supersedesId\") REFERENCES \"benchmark_assessments\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_assessments\" ADD CONSTRAINT \"FK_d609269599ac7d000f6f0f45a72\" FOREIGN KEY (\"recordedById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_conflicts\" ADD CONSTRAINT \"FK_de25a29b09f16686f929ff788a1\" FOREIGN KEY (\"alignedObjectiveId\") REFERENCES \"aligned_objectives\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_conflicts\" ADD CONSTRAINT \"FK_fa0ffbfc09bfd426e38c0ec9b36\" FOREIGN KEY (\"sideABenchmarkId\") REFERENCES \"benchmarks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_conflicts\" ADD CONSTRAINT \"FK_37e042e8b91d4a56587a0602792\" FOREIGN KEY (\"sideBBenchmarkId\") REFERENCES \"benchmarks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_conflicts\" ADD CONSTRAINT \"FK_504ed4b733aa0a834607321bd4f\" FOREIGN KEY (\"resolvedById\") REFERENCES \"users\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"benchmark_conflicts\" DROP CONSTRAINT \"FK_504ed4b733aa0a834607321bd4f\"");
    await queryRunner.query("ALTER TABLE \"benchmark_conflicts\" DROP CONSTRAINT \"FK_37e042e8b91d4a56587a0602792\"");
    await queryRunner.query("ALTER TABLE \"benchmark_conflicts\" DROP CONSTRAINT \"FK_fa0ffbfc09bfd426e38c0ec9b36\"");
    await queryRunner.query("ALTER TABLE \"benchmark_conflicts\" DROP CONSTRAINT \"FK_de25a29b09f16686f929ff788a1\"");
    await queryRunner.query("ALTER TABLE \"benchmark_assessments\" DROP CONSTRAINT \"FK_d609269599ac7d000f6f0f45a72\"");
    await queryRunner.query("ALTER TABLE \"benchmark_assessments\" DROP CONSTRAINT \"FK_7c2dcb5ccebaac300f77e1f1185\"");
    await queryRunner.query("ALTER TABLE \"benchmark_assessments\" DROP CONSTRAINT \"FK_16a580f616afe0b15590cb746fa\"");
    await queryRunner.query("ALTER TABLE \"benchmark_assessments\" DROP CONSTRAINT \"FK_df92bf67797ebf538d57eb55347\"");
    await queryRunner.query("ALTER TABLE \"benchmark_indicators\" DROP CONSTRAINT \"FK_42c358573c2135dc93ce658bc2d\"");
    await queryRunner.query("ALTER TABLE \"benchmark_themes\" DROP CONSTRAINT \"FK_fa5085e5841832b3454e7bae53f\"");
    await queryRunner.query("ALTER TABLE \"benchmark_themes\" DROP CONSTRAINT \"FK_7010614a9e4ca728094b7513537\"");
    await queryRunner.query("ALTER TABLE \"benchmarks\" DROP CONSTRAINT \"FK_28d6ce94cbed5d7e2041faf8c73\"");
    await queryRunner.query("ALTER TABLE \"benchmarks\" DROP CONSTRAINT \"FK_9bca019a50ae9db6462058cadc7\"");
    await queryRunner.query("ALTER TABLE \"aligned_objectives\" DROP CONSTRAINT \"FK_2408c2366cfbeb6faf92b4c9193\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_conflicts_scope\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_conflicts_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_conflicts_side_a\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_conflicts_side_b\"");
    await queryRunner.query("DROP TABLE \"benchmark_conflicts\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_assessments_benchmark\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_assessments_meeting\"");
    await queryRunner.query("DROP TABLE \"benchmark_assessments\"");
    await queryRunner.query("DROP TABLE \"benchmark_indicators\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_themes_theme\"");
    await queryRunner.query("DROP TABLE \"benchmark_themes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmarks_scope\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmarks_objective\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmarks_kind_target\"");
    await queryRunner.query("DROP TABLE \"benchmarks\"");
    await queryRunner.query("DROP TABLE \"aligned_objectives\"");
  }
}
