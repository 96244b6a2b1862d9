import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Longest values an account keeps; the CRM import reports longer ones instead of cutting them. */
export const ACCOUNT_LIMITS = { name: 200, industry: 120, headquarters: 120, parentName: 200 } as const;

/** A customer organisation from the CRM; its sector is the industry of its deals. */
@Entity('accounts')
// Case-insensitive uniqueness is an expression index, created by the migration; TypeORM is told to leave it alone.
@Index('UQ_accounts_name_lower', { synchronize: false })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: ACCOUNT_LIMITS.name })
  name: string;

  // Kept as the CRM spells it (the Maven sample has "technolgy"): analytics group by what the data says.
  @Column({ type: 'varchar', length: ACCOUNT_LIMITS.industry, nullable: true })
  industry: string | null;

  @Column({ name: 'year_established', type: 'int', nullable: true })
  yearEstablished: number | null;

  // In whatever unit the CRM exports (the Maven sample uses millions of USD).
  @Column({ name: 'annual_revenue', type: 'numeric', precision: 16, scale: 2, nullable: true })
  annualRevenue: string | null;

  @Column({ type: 'int', nullable: true })
  employees: number | null;

  @Column({ type: 'varchar', length: ACCOUNT_LIMITS.headquarters, nullable: true })
  headquarters: string | null;

  // The parent company's name as exported; not a foreign key, since parents may be missing from the export.
  @Column({ name: 'parent_name', type: 'varchar', length: ACCOUNT_LIMITS.parentName, nullable: true })
  parentName: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
