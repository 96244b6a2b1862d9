import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum TaxonomyKind {
  INDUSTRY = 'INDUSTRY',
  BUYER_ROLE = 'BUYER_ROLE',
  PRODUCT = 'PRODUCT',
}

/** The curated vocabulary assets are tagged with; enablement keeps it. Free tags are not listed here. */
@Entity('taxonomy_terms')
@Index('UQ_taxonomy_terms_kind_value', { synchronize: false })
export class TaxonomyTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: TaxonomyKind, enumName: 'taxonomy_kind' })
  kind: TaxonomyKind;

  @Column({ type: 'varchar', length: 80 })
  value: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
