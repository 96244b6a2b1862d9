import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MAX_REASON_LABEL = 60;

/** The editable list of reasons a deal is won or lost for; enablement keeps it. Archived reasons stay on old analyses. */
@Entity('win_loss_reasons')
// Case-insensitive uniqueness is an expression index, created by the migration; TypeORM is told to leave it alone.
@Index('UQ_win_loss_reasons_label_lower', { synchronize: false })
export class WinLossReasonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: MAX_REASON_LABEL })
  label: string;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  @Column({ type: 'boolean', default: false })
  archived: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
