import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Templates: an asset may be a template (placeholders filled for a deal), and each personalisation of one by a
 * person for a deal is kept once, with its copy and the template version the copy was last filled from.
 */
export class Templates1796300000000 implements MigrationInterface {
  name = 'Templates1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "template_personalisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "deal_id" uuid NOT NULL, "copy_id" uuid NOT NULL, "template_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_template_personalisations_template_actor_deal" UNIQUE ("template_id", "actor_id", "deal_id"), CONSTRAINT "PK_b989114eea5981e3df89670ddbe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_template_personalisations_actor" ON "template_personalisations"  ("actor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_template_personalisations_deal" ON "template_personalisations"  ("deal_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_template_personalisations_copy" ON "template_personalisations"  ("copy_id") `,
    );
    await queryRunner.query(`ALTER TABLE "assets" ADD "is_template" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "template_personalisations" ADD CONSTRAINT "FK_template_personalisations_template" FOREIGN KEY ("template_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "template_personalisations" ADD CONSTRAINT "FK_template_personalisations_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "template_personalisations" ADD CONSTRAINT "FK_template_personalisations_deal" FOREIGN KEY ("deal_id") REFERENCES "deals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "template_personalisations" ADD CONSTRAINT "FK_template_personalisations_copy" FOREIGN KEY ("copy_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "template_personalisations" DROP CONSTRAINT "FK_template_personalisations_copy"`,
    );
    await queryRunner.query(
      `ALTER TABLE "template_personalisations" DROP CONSTRAINT "FK_template_personalisations_deal"`,
    );
    await queryRunner.query(
      `ALTER TABLE "template_personalisations" DROP CONSTRAINT "FK_template_personalisations_actor"`,
    );
    await queryRunner.query(
      `ALTER TABLE "template_personalisations" DROP CONSTRAINT "FK_template_personalisations_template"`,
    );
    await queryRunner.query(`ALTER TABLE "assets" DROP COLUMN "is_template"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_template_personalisations_copy"`);
    await queryRunner.query(`DROP INDEX "public"."IX_template_personalisations_deal"`);
    await queryRunner.query(`DROP INDEX "public"."IX_template_personalisations_actor"`);
    await queryRunner.query(`DROP TABLE "template_personalisations"`);
  }
}
