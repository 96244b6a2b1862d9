import { Injectable } from '@nestjs/common';
import { POLICY_V1, validatePolicy } from '@byline/credit';
import type { ScoringPolicy } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput } from '../../core/graphql/errors.js';
import { CreditRepository } from './credit.repository.js';

export interface PolicyVersion {
  policy: ScoringPolicy;
  /** Null for the built-in version 1. */
  createdAt: Date | null;
  createdById: string | null;
}

/**
 * The scoring policy in force (the newest stored version: the migrations publish v2 on every database; else the
 * built-in version 1) and its history.
 */
@Injectable()
export class CreditPolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CreditRepository,
  ) {}

  async current(em: EntityManager = this.dataSource.manager): Promise<ScoringPolicy> {
    return (await this.repository.currentPolicy(em)) ?? POLICY_V1;
  }

  async byVersion(version: number, em: EntityManager = this.dataSource.manager): Promise<ScoringPolicy> {
    if (version === POLICY_V1.version) return POLICY_V1;
    const policy = await this.repository.policyByVersion(version, em);
    if (!policy) throw new Error(`Scoring policy version ${version} is missing`);
    return policy;
  }

  /** Every version, newest first, ending with the built-in version 1. */
  async history(): Promise<PolicyVersion[]> {
    const rows = await this.repository.policies();
    return [
      ...rows.map((r) => ({ policy: r.policy, createdAt: r.createdAt, createdById: r.createdById })),
      { policy: POLICY_V1, createdAt: null, createdById: null },
    ];
  }

  /** A new version from the given values, effective for every event recorded from now on. */
  async publish(viewer: Viewer, values: unknown): Promise<ScoringPolicy> {
    return this.dataSource.transaction(async (em) => {
      await this.repository.lockPolicies(em);
      const previous = await this.current(em);
      const candidate = { ...(values as object), version: previous.version + 1 };
      const result = validatePolicy(candidate, { previousVersion: previous.version });
      if (!result.ok) {
        const [first] = result.errors;
        throw badInput(`policy.${first.field}`, `${first.field}: ${first.message}`);
      }
      await this.repository.insertPolicy(em, result.policy, viewer.id);
      return result.policy;
    });
  }
}
