import { Injectable } from '@nestjs/common';
import { POLICY_V1, validatePolicy } from '@byline/credit';
import type { ScoringPolicy } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput } from '../../core/graphql/errors.js';
import { ScoringPolicyEntity } from './scoring-policy.entity.js';

/** The newest admin version of the policy, if any (none means the built-in version 1). */
export const CURRENT_POLICY_SQL = 'SELECT policy FROM scoring_policies ORDER BY version DESC LIMIT 1';

export interface PolicyVersion {
  policy: ScoringPolicy;
  /** Null for the built-in version 1. */
  createdAt: Date | null;
  createdById: string | null;
}

/** The scoring policy in force (the newest admin version, else the built-in version 1) and its history. */
@Injectable()
export class CreditPolicyService {
  constructor(private readonly dataSource: DataSource) {}

  async current(em: EntityManager = this.dataSource.manager): Promise<ScoringPolicy> {
    const rows = await em.query<{ policy: ScoringPolicy }[]>(CURRENT_POLICY_SQL);
    return rows[0]?.policy ?? POLICY_V1;
  }

  async byVersion(version: number, em: EntityManager = this.dataSource.manager): Promise<ScoringPolicy> {
    if (version === POLICY_V1.version) return POLICY_V1;
    const row = await em.getRepository(ScoringPolicyEntity).findOneBy({ version });
    if (!row) throw new Error(`Scoring policy version ${version} is missing`);
    return row.policy;
  }

  /** Every version, newest first, ending with the built-in version 1. */
  async history(): Promise<PolicyVersion[]> {
    const rows = await this.dataSource.getRepository(ScoringPolicyEntity).find({ order: { version: 'DESC' } });
    return [
      ...rows.map((r) => ({ policy: r.policy, createdAt: r.createdAt, createdById: r.createdById })),
      { policy: POLICY_V1, createdAt: null, createdById: null },
    ];
  }

  /** A new version from the given values, effective for every event recorded from now on. */
  async publish(viewer: Viewer, values: unknown): Promise<ScoringPolicy> {
    return this.dataSource.transaction(async (em) => {
      await em.query('LOCK TABLE scoring_policies IN EXCLUSIVE MODE');
      const previous = await this.current(em);
      const candidate = { ...(values as object), version: previous.version + 1 };
      const result = validatePolicy(candidate, { previousVersion: previous.version });
      if (!result.ok) {
        const [first] = result.errors;
        throw badInput(`policy.${first.field}`, `${first.field}: ${first.message}`);
      }
      await em.insert(ScoringPolicyEntity, {
        version: result.policy.version,
        policy: result.policy,
        createdById: viewer.id,
      });
      return result.policy;
    });
  }
}
