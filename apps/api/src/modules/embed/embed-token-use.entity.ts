import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An embed token that was exchanged for a panel session, by the SHA-256 of its `jti`, kept until the token expires
 * so the same token is refused when it comes again. Expired entries are pruned.
 */
@Entity('embed_token_uses')
@Index('IX_embed_token_uses_expires_at', ['expiresAt'])
export class EmbedTokenUseEntity {
  @PrimaryColumn({ name: 'jti_hash', type: 'char', length: 64 })
  jtiHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
