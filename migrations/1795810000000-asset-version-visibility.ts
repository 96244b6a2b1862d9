import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssetVersionVisibility1795810000000 implements MigrationInterface {
  name = 'AssetVersionVisibility1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_versions" ADD "visibility" "public"."asset_visibility"`);
    // Each version's snapshot recorded the visibility it was made with; the asset's is the fallback.
    await queryRunner.query(
      `UPDATE "asset_versions" v
          SET "visibility" = coalesce((v.snapshot->>'visibility')::"public"."asset_visibility", a.visibility)
         FROM "assets" a WHERE a.id = v.asset_id`,
    );
    await queryRunner.query(`ALTER TABLE "asset_versions" ALTER COLUMN "visibility" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_versions" DROP COLUMN "visibility"`);
  }
}
