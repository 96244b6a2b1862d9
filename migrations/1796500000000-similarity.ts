import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Similarity: MinHash signatures of each asset's text and of its decks' slides, their LSH bands (the index a lookup
 * reads), the matches found above the threshold, and the attribution reviews enablement resolves.
 */
export class Similarity1796500000000 implements MigrationInterface {
  name = 'Similarity1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "similarity_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "part" character varying(80) NOT NULL, "attachment_id" uuid, "slide_n" integer, "minhash" integer array NOT NULL, "shingles" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_similarity_signatures_asset_part" UNIQUE ("asset_id", "part"), CONSTRAINT "CHK_similarity_signatures_size" CHECK (cardinality(minhash) = 128), CONSTRAINT "PK_b6ebde46ba68948003d34d9a840" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_similarity_signatures_attachment" ON "similarity_signatures"  ("attachment_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "similarity_bands" ("band_key" bigint NOT NULL, "signature_id" uuid NOT NULL, CONSTRAINT "PK_3d2c0db04904398a2d0a605caf2" PRIMARY KEY ("band_key", "signature_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_similarity_bands_signature" ON "similarity_bands"  ("signature_id") `);
    await queryRunner.query(
      `CREATE TABLE "similarity_matches" ("asset_id" uuid NOT NULL, "matched_asset_id" uuid NOT NULL, "similarity" real NOT NULL, "partial" boolean NOT NULL DEFAULT false, "slides" jsonb NOT NULL DEFAULT '[]', "current" boolean NOT NULL DEFAULT true, "declined_at" TIMESTAMP WITH TIME ZONE, "review_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_similarity_matches_similarity" CHECK (similarity BETWEEN 0 AND 1), CONSTRAINT "CHK_similarity_matches_other" CHECK (asset_id <> matched_asset_id), CONSTRAINT "PK_279c22eb415c3741e9ea935b8c3" PRIMARY KEY ("asset_id", "matched_asset_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_similarity_matches_matched" ON "similarity_matches"  ("matched_asset_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IX_similarity_matches_review" ON "similarity_matches"  ("review_id") `);
    await queryRunner.query(
      `CREATE TABLE "attribution_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'OPEN', "derived_from_id" uuid, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_attribution_reviews_resolved" CHECK ((status = 'OPEN') = (resolved_at IS NULL)), CONSTRAINT "PK_58b2a861563870d9342011bc851" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_attribution_reviews_status_created" ON "attribution_reviews"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_attribution_reviews_open_asset" ON "attribution_reviews"  ("asset_id") WHERE status = 'OPEN'`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_signatures" ADD CONSTRAINT "FK_similarity_signatures_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_signatures" ADD CONSTRAINT "FK_similarity_signatures_attachment" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_bands" ADD CONSTRAINT "FK_similarity_bands_signature" FOREIGN KEY ("signature_id") REFERENCES "similarity_signatures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_matches" ADD CONSTRAINT "FK_similarity_matches_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_matches" ADD CONSTRAINT "FK_similarity_matches_matched" FOREIGN KEY ("matched_asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "similarity_matches" ADD CONSTRAINT "FK_similarity_matches_review" FOREIGN KEY ("review_id") REFERENCES "attribution_reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attribution_reviews" ADD CONSTRAINT "FK_attribution_reviews_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attribution_reviews" ADD CONSTRAINT "FK_attribution_reviews_derived_from" FOREIGN KEY ("derived_from_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attribution_reviews" ADD CONSTRAINT "FK_attribution_reviews_resolved_by" FOREIGN KEY ("resolved_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Signatures and matches are recomputed on every check; a review is resolved, never deleted.
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT, INSERT, UPDATE, DELETE ON "similarity_signatures", "similarity_bands", "similarity_matches" TO byline_app;
          GRANT SELECT, INSERT, UPDATE ON "attribution_reviews" TO byline_app;
          REVOKE DELETE, TRUNCATE ON "attribution_reviews" FROM byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attribution_reviews" DROP CONSTRAINT "FK_attribution_reviews_resolved_by"`);
    await queryRunner.query(`ALTER TABLE "attribution_reviews" DROP CONSTRAINT "FK_attribution_reviews_derived_from"`);
    await queryRunner.query(`ALTER TABLE "attribution_reviews" DROP CONSTRAINT "FK_attribution_reviews_asset"`);
    await queryRunner.query(`ALTER TABLE "similarity_matches" DROP CONSTRAINT "FK_similarity_matches_review"`);
    await queryRunner.query(`ALTER TABLE "similarity_matches" DROP CONSTRAINT "FK_similarity_matches_matched"`);
    await queryRunner.query(`ALTER TABLE "similarity_matches" DROP CONSTRAINT "FK_similarity_matches_asset"`);
    await queryRunner.query(`ALTER TABLE "similarity_bands" DROP CONSTRAINT "FK_similarity_bands_signature"`);
    await queryRunner.query(
      `ALTER TABLE "similarity_signatures" DROP CONSTRAINT "FK_similarity_signatures_attachment"`,
    );
    await queryRunner.query(`ALTER TABLE "similarity_signatures" DROP CONSTRAINT "FK_similarity_signatures_asset"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_attribution_reviews_open_asset"`);
    await queryRunner.query(`DROP INDEX "public"."IX_attribution_reviews_status_created"`);
    await queryRunner.query(`DROP TABLE "attribution_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."IX_similarity_matches_review"`);
    await queryRunner.query(`DROP INDEX "public"."IX_similarity_matches_matched"`);
    await queryRunner.query(`DROP TABLE "similarity_matches"`);
    await queryRunner.query(`DROP INDEX "public"."IX_similarity_bands_signature"`);
    await queryRunner.query(`DROP TABLE "similarity_bands"`);
    await queryRunner.query(`DROP INDEX "public"."IX_similarity_signatures_attachment"`);
    await queryRunner.query(`DROP TABLE "similarity_signatures"`);
  }
}
