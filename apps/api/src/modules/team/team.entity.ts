import { Column, CreateDateColumn, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';

@Entity('teams')
// Case-insensitive uniqueness is an expression index, created by the migration; TypeORM is told to leave it alone.
@Index('UQ_teams_name_lower', { synchronize: false })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @ManyToMany(() => UserEntity)
  @JoinTable({
    name: 'team_managers',
    joinColumn: { name: 'team_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_team_managers_team' },
    inverseJoinColumn: {
      name: 'user_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'FK_team_managers_user',
    },
  })
  managers: Relation<UserEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
