import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Embed tokens already exchanged for a CRM panel session, until they expire (the application role's default grants). */
export class EmbedTokenUses1796200000000 implements MigrationInterface {
  name = 'EmbedTokenUses1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "embed_token_uses" ("jti_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9a763b08150fbdf0f15402fd80a" PRIMARY KEY ("jti_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_embed_token_uses_expires_at" ON "embed_token_uses"  ("expires_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_embed_token_uses_expires_at"`);
    await queryRunner.query(`DROP TABLE "embed_token_uses"`);
  }
}
