import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795755590450 implements MigrationInterface {
  name = 'Init1795755590450';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('MEMBER', 'MANAGER', 'ENABLEMENT', 'ADMIN')`);
    await queryRunner.query(`CREATE TYPE "public"."user_status" AS ENUM('ACTIVE', 'SUSPENDED', 'DEPARTED')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254), "name" character varying(120) NOT NULL, "title" character varying(120), "role" "public"."user_role" NOT NULL DEFAULT 'MEMBER', "status" "public"."user_status" NOT NULL DEFAULT 'ACTIVE', "team_id" uuid, "password_hash" character varying(255), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_users_email_lower" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_email" ON "users"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IX_users_team" ON "users"  ("team_id") `);
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_teams_name_lower" ON "teams" (lower("name"))`);
    await queryRunner.query(
      `CREATE TABLE "team_managers" ("team_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_1c1ee00982669d2f670135e8edf" PRIMARY KEY ("team_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f46c56b97b208bcaf01bef9e80" ON "team_managers"  ("team_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_245160336438d7fc06f94ecf0c" ON "team_managers"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_users_team" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_managers" ADD CONSTRAINT "FK_team_managers_team" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_managers" ADD CONSTRAINT "FK_team_managers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_managers" DROP CONSTRAINT "FK_team_managers_user"`);
    await queryRunner.query(`ALTER TABLE "team_managers" DROP CONSTRAINT "FK_team_managers_team"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_users_team"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_245160336438d7fc06f94ecf0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f46c56b97b208bcaf01bef9e80"`);
    await queryRunner.query(`DROP TABLE "team_managers"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_teams_name_lower"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    await queryRunner.query(`DROP INDEX "public"."IX_users_team"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_status"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
  }
}
