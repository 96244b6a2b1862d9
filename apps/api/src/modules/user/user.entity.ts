import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { TeamEntity } from '../team/team.entity.js';

export enum Role {
  MEMBER = 'MEMBER',
  MANAGER = 'MANAGER',
  ENABLEMENT = 'ENABLEMENT',
  ADMIN = 'ADMIN',
}

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DEPARTED = 'DEPARTED',
}

@Entity('users')
@Check('CHK_users_email_lower', `email = lower(email)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Stored lower-case (enforced by the check above); people imported from a CRM may have no email and so no login.
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title: string | null;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.MEMBER })
  role: Role;

  @Column({ type: 'enum', enum: UserStatus, enumName: 'user_status', default: UserStatus.ACTIVE })
  status: UserStatus;

  @Index('IX_users_team')
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  // Named, not imported: the team module depends on the user module, never the reverse.
  @ManyToOne('TeamEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_users_team' })
  team?: Relation<TeamEntity> | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
