import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on assets (threaded one level), the earlier bodies of edited comments, and the people each one mentions
 * with whether they were told.
 */
export class Comments1796600000000 implements MigrationInterface {
  name = 'Comments1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" character varying(10000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_comments_parent" ON "comments"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IX_comments_author_created" ON "comments"  ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IX_comments_asset_created" ON "comments"  ("asset_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "comment_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "body" character varying(10000) NOT NULL, "edited_by" uuid NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bc0332e55296986d300413ff053" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_comment_revisions_comment" ON "comment_revisions"  ("comment_id", "edited_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "comment_mentions" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "notified" boolean NOT NULL, "reason" character varying(40), CONSTRAINT "PK_b8b27863e0146c27bd8c6962e1e" PRIMARY KEY ("comment_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_comment_mentions_user" ON "comment_mentions"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_comments_asset" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_comments_parent" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_comments_resolved_by" FOREIGN KEY ("resolved_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_revisions" ADD CONSTRAINT "FK_comment_revisions_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_revisions" ADD CONSTRAINT "FK_comment_revisions_editor" FOREIGN KEY ("edited_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_mentions" ADD CONSTRAINT "FK_comment_mentions_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_mentions" ADD CONSTRAINT "FK_comment_mentions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A comment is edited (its earlier body kept as a revision) and resolved, never deleted by the application.
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT, INSERT, UPDATE ON "comments", "comment_mentions" TO byline_app;
          GRANT SELECT, INSERT ON "comment_revisions" TO byline_app;
          REVOKE DELETE, TRUNCATE ON "comments", "comment_revisions", "comment_mentions" FROM byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_comment_mentions_user"`);
    await queryRunner.query(`ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_comment_mentions_comment"`);
    await queryRunner.query(`ALTER TABLE "comment_revisions" DROP CONSTRAINT "FK_comment_revisions_editor"`);
    await queryRunner.query(`ALTER TABLE "comment_revisions" DROP CONSTRAINT "FK_comment_revisions_comment"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_comments_resolved_by"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_comments_author"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_comments_parent"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_comments_asset"`);
    await queryRunner.query(`DROP INDEX "public"."IX_comment_mentions_user"`);
    await queryRunner.query(`DROP TABLE "comment_mentions"`);
    await queryRunner.query(`DROP INDEX "public"."IX_comment_revisions_comment"`);
    await queryRunner.query(`DROP TABLE "comment_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."IX_comments_asset_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_comments_author_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_comments_parent"`);
    await queryRunner.query(`DROP TABLE "comments"`);
  }
}
