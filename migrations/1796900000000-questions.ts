import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Questions to experts: a question with its topics, the experts Byline suggested for it (kept as they were when it
 * was asked, with why), its accepted answer and the asset it was promoted to. Answers are comments on the question:
 * a comment is on an asset or on a question, never both. Accepting an answer is a credit event (scoring policy v2).
 */
export class Questions1796900000000 implements MigrationInterface {
  name = 'Questions1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."credit_event_type" ADD VALUE 'ANSWER_ACCEPTED'`);
    await queryRunner.query(
      `CREATE TABLE "questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asker_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "body" character varying(10000) NOT NULL, "industries" text array NOT NULL DEFAULT '{}', "buyer_roles" text array NOT NULL DEFAULT '{}', "products" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_answer_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "promoted_asset_id" uuid, "promoted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_questions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_questions_promoted_asset" ON "questions" ("promoted_asset_id") `);
    await queryRunner.query(`CREATE INDEX "IX_questions_created" ON "questions" ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IX_questions_asker_created" ON "questions" ("asker_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "question_experts" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rank" smallint NOT NULL, "score" integer NOT NULL, "reason" character varying(300) NOT NULL, CONSTRAINT "PK_question_experts" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_question_experts_user" ON "question_experts" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "comments" ALTER COLUMN "asset_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "question_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "CHK_comments_on_one" CHECK (("asset_id" IS NULL) <> ("question_id" IS NULL))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_comments_question_created" ON "comments" ("question_id", "created_at") WHERE "question_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_comments_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_questions_asker" FOREIGN KEY ("asker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_questions_accepted_answer" FOREIGN KEY ("accepted_answer_id") REFERENCES "comments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_questions_promoted_asset" FOREIGN KEY ("promoted_asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_experts" ADD CONSTRAINT "FK_question_experts_question" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_experts" ADD CONSTRAINT "FK_question_experts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A question is answered, accepted and promoted (updates), never deleted by the application; its suggested
    // experts are written once, when it is asked.
    await queryRunner.query(`DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN
          GRANT SELECT, INSERT, UPDATE ON "questions" TO byline_app;
          GRANT SELECT, INSERT ON "question_experts" TO byline_app;
          REVOKE DELETE, TRUNCATE ON "questions", "question_experts" FROM byline_app;
        END IF;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The event type stays: entries may have been booked under it (an enum value cannot be dropped in place).
    await queryRunner.query(`ALTER TABLE "question_experts" DROP CONSTRAINT "FK_question_experts_user"`);
    await queryRunner.query(`ALTER TABLE "question_experts" DROP CONSTRAINT "FK_question_experts_question"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_questions_promoted_asset"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_questions_accepted_answer"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "FK_questions_asker"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_comments_question"`);
    await queryRunner.query(`DROP INDEX "public"."IX_comments_question_created"`);
    await queryRunner.query(`DELETE FROM "comments" WHERE "question_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "CHK_comments_on_one"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "question_id"`);
    await queryRunner.query(`ALTER TABLE "comments" ALTER COLUMN "asset_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."IX_question_experts_user"`);
    await queryRunner.query(`DROP TABLE "question_experts"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_questions_promoted_asset"`);
    await queryRunner.query(`DROP INDEX "public"."IX_questions_asker_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_questions_created"`);
    await queryRunner.query(`DROP TABLE "questions"`);
  }
}
