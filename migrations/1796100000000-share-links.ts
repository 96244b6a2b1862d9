import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Share links (a token's SHA-256, never the token), their buyer sessions, the organisation's share settings, and
 * notifications. `deal_asset_uses` is the one definition of "content used in a deal": a USED_IN_DEAL reuse, or a
 * share link naming the deal from its first counted buyer session on; the deal-won pool, content influence and
 * suggestions read it.
 */
export class ShareLinks1796100000000 implements MigrationInterface {
  name = 'ShareLinks1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "text" character varying(500) NOT NULL, "path" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_notifications_unread" ON "notifications"  ("user_id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IX_notifications_user" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "share_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "asset_id" uuid NOT NULL, "deal_id" uuid, "sharer_id" uuid NOT NULL, "client_event_id" character varying(100) NOT NULL, "reuse_event_id" uuid NOT NULL, "recipient_name" character varying(200), "recipient_email" character varying(320), "require_email" boolean NOT NULL DEFAULT false, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "creator_address_hash" character(64), "opens" integer NOT NULL DEFAULT '0', "first_viewed_at" TIMESTAMP WITH TIME ZONE, "first_session_id" uuid, "top_up_credit_event_id" uuid, CONSTRAINT "UQ_share_links_reuse_event" UNIQUE ("reuse_event_id"), CONSTRAINT "UQ_share_links_client_event" UNIQUE ("sharer_id", "client_event_id"), CONSTRAINT "UQ_share_links_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_70320b79ecd8acab96419fcdd6d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_share_links_sharer" ON "share_links"  ("sharer_id", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "IX_share_links_deal" ON "share_links"  ("deal_id") WHERE deal_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IX_share_links_asset" ON "share_links"  ("asset_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "share_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "share_link_id" uuid NOT NULL, "viewer_key" character varying(64) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL, "visible_seconds" integer NOT NULL DEFAULT '0', "page_seconds" jsonb NOT NULL DEFAULT '{}', "pages_viewed" integer NOT NULL DEFAULT '0', "device" character varying(16), "email" character varying(320), "counted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b0b052de510b1edd7718a3e89de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_share_sessions_counted" ON "share_sessions"  ("share_link_id", "started_at") WHERE counted_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_share_sessions_viewer" ON "share_sessions"  ("share_link_id", "viewer_key", "last_activity_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "share_settings" ("id" smallint NOT NULL, "client_safe_kinds" text array NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "PK_713c004578277e9952b30f4e074" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_links" ADD CONSTRAINT "FK_share_links_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_links" ADD CONSTRAINT "FK_share_links_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_links" ADD CONSTRAINT "FK_share_links_sharer" FOREIGN KEY ("sharer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_links" ADD CONSTRAINT "FK_share_links_reuse_event" FOREIGN KEY ("reuse_event_id") REFERENCES "reuse_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_links" ADD CONSTRAINT "FK_share_links_top_up_credit_event" FOREIGN KEY ("top_up_credit_event_id") REFERENCES "credit_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_sessions" ADD CONSTRAINT "FK_share_sessions_link" FOREIGN KEY ("share_link_id") REFERENCES "share_links"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_settings" ADD CONSTRAINT "FK_share_settings_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE VIEW "deal_asset_uses" AS
      SELECT r.deal_id, r.asset_id, r.actor_id, r.occurred_at AS used_at
        FROM reuse_events r
       WHERE r.kind = 'USED_IN_DEAL' AND r.deal_id IS NOT NULL
      UNION ALL
      SELECT l.deal_id, l.asset_id, l.sharer_id AS actor_id, l.first_viewed_at AS used_at
        FROM share_links l
       WHERE l.deal_id IS NOT NULL AND l.first_viewed_at IS NOT NULL`);
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT ON "deal_asset_uses" TO byline_app;
          GRANT SELECT, INSERT, UPDATE ON "share_links", "share_sessions", "share_settings", "notifications" TO byline_app;
          REVOKE DELETE, TRUNCATE ON "share_links", "share_sessions" FROM byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "deal_asset_uses"`);
    await queryRunner.query(`ALTER TABLE "share_settings" DROP CONSTRAINT "FK_share_settings_updated_by"`);
    await queryRunner.query(`ALTER TABLE "share_sessions" DROP CONSTRAINT "FK_share_sessions_link"`);
    await queryRunner.query(`ALTER TABLE "share_links" DROP CONSTRAINT "FK_share_links_top_up_credit_event"`);
    await queryRunner.query(`ALTER TABLE "share_links" DROP CONSTRAINT "FK_share_links_reuse_event"`);
    await queryRunner.query(`ALTER TABLE "share_links" DROP CONSTRAINT "FK_share_links_sharer"`);
    await queryRunner.query(`ALTER TABLE "share_links" DROP CONSTRAINT "FK_share_links_deal"`);
    await queryRunner.query(`ALTER TABLE "share_links" DROP CONSTRAINT "FK_share_links_asset"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_user"`);
    await queryRunner.query(`DROP TABLE "share_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IX_share_sessions_viewer"`);
    await queryRunner.query(`DROP INDEX "public"."IX_share_sessions_counted"`);
    await queryRunner.query(`DROP TABLE "share_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IX_share_links_asset"`);
    await queryRunner.query(`DROP INDEX "public"."IX_share_links_deal"`);
    await queryRunner.query(`DROP INDEX "public"."IX_share_links_sharer"`);
    await queryRunner.query(`DROP TABLE "share_links"`);
    await queryRunner.query(`DROP INDEX "public"."IX_notifications_user"`);
    await queryRunner.query(`DROP INDEX "public"."IX_notifications_unread"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
