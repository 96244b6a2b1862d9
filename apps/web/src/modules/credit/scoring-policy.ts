import type { EndorsementKind, ReuseKind } from '../../generated/graphql';

/** The parts of the scoring policy the app explains to people (the API sends the policy as JSON). */
export interface ScoringPolicySummary {
  version: number;
  reuse: Partial<Record<ReuseKind, number>>;
  endorsement: Partial<Record<EndorsementKind, number>>;
  repeatReuseWindowHours: number | null;
  perActorPerBeneficiaryDaily: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numbers(value: unknown): Record<string, number> {
  const result: Record<string, number> = {};
  if (isRecord(value)) {
    for (const [key, entry] of Object.entries(value)) {
      if (typeof entry === 'number') {
        result[key] = entry;
      }
    }
  }
  return result;
}

/** Reads what it can; a policy it cannot read gives null, and the app then just does not quote points. */
export function parseScoringPolicy(json: string | null | undefined): ScoringPolicySummary | null {
  if (!json) {
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(raw)) {
    return null;
  }
  const caps = numbers(raw['caps']);
  return {
    version: typeof raw['version'] === 'number' ? raw['version'] : 0,
    reuse: numbers(raw['reuse']),
    endorsement: numbers(raw['endorsement']),
    repeatReuseWindowHours: caps['repeatReuseWindowHours'] ?? null,
    perActorPerBeneficiaryDaily: caps['perActorPerBeneficiaryDaily'] ?? null,
  };
}
