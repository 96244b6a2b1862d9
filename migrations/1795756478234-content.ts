import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Content1795756478234 implements MigrationInterface {
  name = 'Content1795756478234';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."asset_kind" AS ENUM('ENABLEMENT', 'BEST_PRACTICE', 'WIN_LOSS', 'CLIENT_FACING')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."asset_visibility" AS ENUM('ORG', 'TEAM', 'PRIVATE')`);
    await queryRunner.query(`CREATE TYPE "public"."asset_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`);
    await queryRunner.query(`CREATE TYPE "public"."journey_phase" AS ENUM('AWARENESS', 'BUYING', 'IMPLEMENTATION')`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'assets', 'GENERATED_COLUMN', 'search', $1)`,
      [
        "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."asset_kind" NOT NULL, "title" character varying(200) NOT NULL, "summary" character varying(1000), "body" text NOT NULL, "visibility" "public"."asset_visibility" NOT NULL, "status" "public"."asset_status" NOT NULL DEFAULT 'DRAFT', "team_id" uuid, "derived_from_id" uuid, "version" integer NOT NULL DEFAULT '1', "industries" text array NOT NULL DEFAULT '{}', "buyer_roles" text array NOT NULL DEFAULT '{}', "journey_phases" "public"."journey_phase" array NOT NULL DEFAULT '{}', "products" text array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "created_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "reuse_count" integer NOT NULL DEFAULT '0', "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da96729a8b113377cfb6a62439c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_assets_team" ON "assets"  ("team_id") `);
    await queryRunner.query(`CREATE INDEX "IX_assets_derived_from" ON "assets"  ("derived_from_id") `);
    await queryRunner.query(`CREATE INDEX "IX_assets_published" ON "assets"  ("status", "published_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."asset_version_change" AS ENUM('CREATED', 'EDITED', 'AUTHORS_CHANGED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "asset_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "version" integer NOT NULL, "change" "public"."asset_version_change" NOT NULL, "snapshot" jsonb NOT NULL, "edited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_asset_versions_asset_version" UNIQUE ("asset_id", "version"), CONSTRAINT "PK_cdcef38a89b511b45285ae2b434" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(120) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_attachments_asset" ON "attachments"  ("asset_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."author_role" AS ENUM('LEAD_AUTHOR', 'CO_AUTHOR', 'ADAPTER', 'SUBJECT_MATTER_EXPERT', 'REVIEWER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "authorships" ("asset_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."author_role" NOT NULL, "share" smallint NOT NULL, CONSTRAINT "CHK_authorships_share" CHECK (share BETWEEN 1 AND 100), CONSTRAINT "PK_fe13c7233bf0902d36d4975f1c6" PRIMARY KEY ("asset_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_authorships_user" ON "authorships"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."follow_kind" AS ENUM('USER', 'TAG')`);
    await queryRunner.query(
      `CREATE TABLE "follows" ("user_id" uuid NOT NULL, "kind" "public"."follow_kind" NOT NULL, "target" character varying(80) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eb7ce40f80f92270362bad1811f" PRIMARY KEY ("user_id", "kind", "target"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."taxonomy_kind" AS ENUM('INDUSTRY', 'BUYER_ROLE', 'PRODUCT')`);
    await queryRunner.query(
      `CREATE TABLE "taxonomy_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."taxonomy_kind" NOT NULL, "value" character varying(80) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5663e6a952e6db3aa8194731960" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "FK_assets_team" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "FK_assets_derived_from" FOREIGN KEY ("derived_from_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "FK_assets_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_versions" ADD CONSTRAINT "FK_asset_versions_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_versions" ADD CONSTRAINT "FK_asset_versions_edited_by" FOREIGN KEY ("edited_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_attachments_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_attachments_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "authorships" ADD CONSTRAINT "FK_authorships_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "authorships" ADD CONSTRAINT "FK_authorships_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "FK_follows_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: GIN indexes for search and facets, and rules the database enforces itself.
    await queryRunner.query(`CREATE INDEX "IX_assets_search" ON "assets" USING GIN ("search")`);
    await queryRunner.query(`CREATE INDEX "IX_assets_industries" ON "assets" USING GIN ("industries")`);
    await queryRunner.query(`CREATE INDEX "IX_assets_buyer_roles" ON "assets" USING GIN ("buyer_roles")`);
    await queryRunner.query(`CREATE INDEX "IX_assets_products" ON "assets" USING GIN ("products")`);
    await queryRunner.query(`CREATE INDEX "IX_assets_tags" ON "assets" USING GIN ("tags")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_taxonomy_terms_kind_value" ON "taxonomy_terms" ("kind", lower("value"))`,
    );
    await queryRunner.query(`CREATE FUNCTION authorship_shares_sum_to_100() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE total int;
      BEGIN
        SELECT coalesce(sum(share), 0) INTO total FROM authorships WHERE asset_id = coalesce(NEW.asset_id, OLD.asset_id);
        IF total <> 100 AND EXISTS (SELECT 1 FROM assets WHERE id = coalesce(NEW.asset_id, OLD.asset_id)) THEN
          RAISE EXCEPTION 'authorship shares of asset % sum to %, not 100', coalesce(NEW.asset_id, OLD.asset_id), total
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "TR_authorships_sum" AFTER INSERT OR UPDATE OR DELETE ON "authorships"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION authorship_shares_sum_to_100()`);
    await queryRunner.query(`CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are immutable: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TR_asset_versions_immutable" BEFORE UPDATE OR DELETE ON "asset_versions"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TR_asset_versions_immutable" ON "asset_versions"`);
    await queryRunner.query(`DROP FUNCTION refuse_change()`);
    await queryRunner.query(`DROP TRIGGER "TR_authorships_sum" ON "authorships"`);
    await queryRunner.query(`DROP FUNCTION authorship_shares_sum_to_100()`);
    await queryRunner.query(`DROP INDEX "public"."UQ_taxonomy_terms_kind_value"`);
    await queryRunner.query(`DROP INDEX "public"."IX_assets_tags"`);
    await queryRunner.query(`DROP INDEX "public"."IX_assets_products"`);
    await queryRunner.query(`DROP INDEX "public"."IX_assets_buyer_roles"`);
    await queryRunner.query(`DROP INDEX "public"."IX_assets_industries"`);
    await queryRunner.query(`DROP INDEX "public"."IX_assets_search"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_follows_user"`);
    await queryRunner.query(`ALTER TABLE "authorships" DROP CONSTRAINT "FK_authorships_user"`);
    await queryRunner.query(`ALTER TABLE "authorships" DROP CONSTRAINT "FK_authorships_asset"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_attachments_uploaded_by"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_attachments_asset"`);
    await queryRunner.query(`ALTER TABLE "asset_versions" DROP CONSTRAINT "FK_asset_versions_edited_by"`);
    await queryRunner.query(`ALTER TABLE "asset_versions" DROP CONSTRAINT "FK_asset_versions_asset"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "FK_assets_created_by"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "FK_assets_derived_from"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "FK_assets_team"`);
    await queryRunner.query(`DROP TABLE "taxonomy_terms"`);
    await queryRunner.query(`DROP TYPE "public"."taxonomy_kind"`);
    await queryRunner.query(`DROP TABLE "follows"`);
    await queryRunner.query(`DROP TYPE "public"."follow_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IX_authorships_user"`);
    await queryRunner.query(`DROP TABLE "authorships"`);
    await queryRunner.query(`DROP TYPE "public"."author_role"`);
    await queryRunner.query(`DROP INDEX "public"."IX_attachments_asset"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
    await queryRunner.query(`DROP TABLE "asset_versions"`);
    await queryRunner.query(`DROP TYPE "public"."asset_version_change"`);
    await queryRunner.query(`DROP INDEX "public"."IX_assets_published"`);
    await queryRunner.query(`DROP INDEX "public"."IX_assets_derived_from"`);
    await queryRunner.query(`DROP INDEX "public"."IX_assets_team"`);
    await queryRunner.query(`DROP TABLE "assets"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search' AND "table" = 'assets' AND "database" = current_database()`,
    );
    await queryRunner.query(`DROP TYPE "public"."journey_phase"`);
    await queryRunner.query(`DROP TYPE "public"."asset_status"`);
    await queryRunner.query(`DROP TYPE "public"."asset_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."asset_kind"`);
  }
}
