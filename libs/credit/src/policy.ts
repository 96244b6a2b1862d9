export const REUSE_KINDS = ['VIEW', 'COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL', 'ADAPT'] as const;
export type ReuseKind = (typeof REUSE_KINDS)[number];

export const ENDORSEMENT_KINDS = ['HELPFUL', 'HELPED_WIN', 'VERIFIED'] as const;
export type EndorsementKind = (typeof ENDORSEMENT_KINDS)[number];

/** The share-link values (scoring policy v2): `created` for the link, `firstBuyerSession` for its first viewing. */
export type ShareLinkRule = 'created' | 'firstBuyerSession';

/** The question values (scoring policy v2): `accepted` for an answer the asker accepted, to its writer. */
export type AnswerRule = 'accepted';

/** Every number the credit rules use. Admin-configurable; every ledger entry records `version`. */
export interface ScoringPolicy {
  readonly version: number;
  /** Points for an asset's first publication, split over its authors. */
  readonly publication: number;
  /** Points per reuse kind (VIEW is always 0); ADAPT is paid to the parent's authors when a derived asset is published. */
  readonly reuse: Readonly<Record<ReuseKind, number>>;
  readonly endorsement: Readonly<Record<EndorsementKind, number>>;
  /**
   * Share links (v2): creating one is a SHARE_WITH_CUSTOMER reuse worth `created`; the first counted buyer session
   * on it tops the authors' credit up by `firstBuyerSession`. A self-reported share stays `reuse.SHARE_WITH_CUSTOMER`.
   */
  readonly shareLink: Readonly<Record<ShareLinkRule, number>>;
  /** Questions (v2): an accepted answer earns its writer `accepted` (nothing when the asker answered themselves). */
  readonly answer: Readonly<Record<AnswerRule, number>>;
  /** Pool split equally over the distinct assets used in a won deal, then by authors. */
  readonly dealWonPool: number;
  readonly lineage: {
    /** Share of what a derived asset earns that goes to its parent's authors (rounded half up). */
    readonly percent: number;
    readonly maxGenerations: number;
  };
  readonly caps: {
    /** A repeat reuse (same asset, actor and kind) within this many hours earns nothing; 0 turns it off. */
    readonly repeatReuseWindowHours: number;
    /** Per UTC day: points one actor can give one beneficiary from reuse (ADAPT included) and endorsements. */
    readonly perActorPerBeneficiaryDaily: number;
    /** Per UTC day: points one beneficiary can earn from endorsements. */
    readonly perBeneficiaryEndorsementDaily: number;
    /** Per UTC day: publications credited to one author. */
    readonly publicationsPerAuthorDaily: number;
  };
}

// Frozen so an admin edit cannot mutate the defaults every other policy is derived from.
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) {
      deepFreeze(inner);
    }
  }
  return Object.freeze(value);
}

/**
 * The built-in version 1. It predates share links: its `shareLink` group is the v1 equivalent (a link is a
 * SHARE_WITH_CUSTOMER at the v1 value, a buyer's viewing earns nothing), as `upgradePolicy` fills it in.
 */
export const POLICY_V1: ScoringPolicy = deepFreeze({
  version: 1,
  publication: 10,
  reuse: { VIEW: 0, COPY: 4, SHARE_WITH_CUSTOMER: 10, USED_IN_DEAL: 10, ADAPT: 15 },
  endorsement: { HELPFUL: 4, HELPED_WIN: 10, VERIFIED: 6 },
  shareLink: { created: 10, firstBuyerSession: 0 },
  answer: { accepted: 0 },
  dealWonPool: 100,
  lineage: { percent: 25, maxGenerations: 3 },
  caps: {
    repeatReuseWindowHours: 24,
    perActorPerBeneficiaryDaily: 40,
    perBeneficiaryEndorsementDaily: 200,
    publicationsPerAuthorDaily: 3,
  },
});

/**
 * Version 2, the default: credit for a customer share rests on evidence. A self-reported share is worth 4, a share
 * link 4 when created and 6 more at its first counted buyer session (10 in all, as a v1 share).
 */
export const POLICY_V2: ScoringPolicy = deepFreeze({
  ...POLICY_V1,
  version: 2,
  reuse: { ...POLICY_V1.reuse, SHARE_WITH_CUSTOMER: 4 },
  shareLink: { created: 4, firstBuyerSession: 6 },
  answer: { accepted: 10 },
});

export interface PolicyFieldError {
  /** Dotted path of the offending field, e.g. `reuse.COPY`. */
  readonly field: string;
  readonly message: string;
}

export type PolicyValidation =
  | { readonly ok: true; readonly policy: ScoringPolicy }
  | { readonly ok: false; readonly errors: readonly PolicyFieldError[] };

export class InvalidPolicyError extends Error {
  readonly errors: readonly PolicyFieldError[];

  constructor(errors: readonly PolicyFieldError[]) {
    super(`Invalid scoring policy: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
    this.name = 'InvalidPolicyError';
    this.errors = errors;
  }
}

// Upper bounds keep every ledger sum far inside safe-integer range and catch typos like 1e9 points.
const MAX_POINTS = 1_000_000;
const MAX_VERSION = 1_000_000;
// Lineage walks are loaded by the caller; a deep walk would be an expensive query for a negligible share.
const MAX_GENERATIONS = 10;
const MAX_WINDOW_HOURS = 24 * 366;

interface Bounds {
  readonly min: number;
  readonly max: number;
}

// Mirrors ScoringPolicy field by field, so adding a policy field without a bound fails to compile.
type ShapeOf<T> = { readonly [K in keyof T]: T[K] extends number ? Bounds : ShapeOf<T[K]> };

const points: Bounds = { min: 0, max: MAX_POINTS };

const POLICY_SHAPE: ShapeOf<ScoringPolicy> = {
  version: { min: 1, max: MAX_VERSION },
  publication: points,
  // A view earns nothing: it is recorded for analytics, and the ledger has no reason for it.
  reuse: { VIEW: { min: 0, max: 0 }, COPY: points, SHARE_WITH_CUSTOMER: points, USED_IN_DEAL: points, ADAPT: points },
  endorsement: { HELPFUL: points, HELPED_WIN: points, VERIFIED: points },
  shareLink: { created: points, firstBuyerSession: points },
  answer: { accepted: points },
  dealWonPool: points,
  lineage: { percent: { min: 0, max: 100 }, maxGenerations: { min: 0, max: MAX_GENERATIONS } },
  caps: {
    repeatReuseWindowHours: { min: 0, max: MAX_WINDOW_HOURS },
    perActorPerBeneficiaryDaily: points,
    perBeneficiaryEndorsementDaily: points,
    publicationsPerAuthorDaily: { min: 0, max: 1000 },
  },
};

function isBounds(value: Bounds | Shape): value is Bounds {
  return typeof value['min'] === 'number' && typeof value['max'] === 'number';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Shape {
  readonly [key: string]: Bounds | Shape;
}

function describe(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function check(shape: Bounds | Shape, input: unknown, path: string, errors: PolicyFieldError[]): unknown {
  if (isBounds(shape)) {
    if (typeof input !== 'number' || !Number.isInteger(input)) {
      errors.push({ field: path, message: `must be a whole number, got ${describe(input)}` });
    } else if (input < shape.min || input > shape.max) {
      const expected =
        shape.min === shape.max ? `must be ${shape.min}` : `must be between ${shape.min} and ${shape.max}`;
      errors.push({ field: path, message: `${expected}, got ${input}` });
    }
    return input;
  }
  if (!isRecord(input)) {
    errors.push({ field: path || '(policy)', message: 'must be an object' });
    return input;
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(shape)) {
    const field = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(input, key)) {
      errors.push({ field, message: 'is required' });
      continue;
    }
    out[key] = check(inner, input[key], field, errors);
  }
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(shape, key)) {
      errors.push({ field: path ? `${path}.${key}` : key, message: 'is not a policy field' });
    }
  }
  return out;
}

/**
 * Checks an admin-edited policy: every point value and cap a whole number ≥ 0, `lineage.percent` 0–100,
 * `version` ≥ 1 (and above `previousVersion` when given, so entries of different rules never share a version).
 * Returns a clean copy of the policy, or every problem with its field path.
 */
export function validatePolicy(input: unknown, options: { readonly previousVersion?: number } = {}): PolicyValidation {
  const errors: PolicyFieldError[] = [];
  const copy = check(POLICY_SHAPE, input, '', errors);
  if (
    options.previousVersion !== undefined &&
    isRecord(input) &&
    typeof input['version'] === 'number' &&
    input['version'] <= options.previousVersion
  ) {
    errors.push({ field: 'version', message: `must be greater than the current version ${options.previousVersion}` });
  }
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  // check() walked every field of POLICY_SHAPE, which mirrors ScoringPolicy, and found no error.
  return { ok: true, policy: deepFreeze(copy as ScoringPolicy) };
}

export function assertValidPolicy(policy: unknown): asserts policy is ScoringPolicy {
  const result = validatePolicy(policy);
  if (!result.ok) {
    throw new InvalidPolicyError(result.errors);
  }
}

/**
 * A stored policy (JSON from the policies table) in the current shape, validated. Versions written before share
 * links lack the `shareLink` group: it is filled with the v1 equivalent (`created` = their `reuse.SHARE_WITH_CUSTOMER`,
 * `firstBuyerSession` 0), so replaying their events gives what they gave. Anything else missing or out of bounds
 * is refused as it would be from an admin: only what the rules added since is filled in, never a typo. Versions
 * written before questions lack the `answer` group: v1 had none (0), a later version gets v2's value.
 */
export function upgradePolicy(stored: unknown): ScoringPolicy {
  let input = stored;
  if (isRecord(stored) && !Object.hasOwn(stored, 'shareLink')) {
    const reuse = stored['reuse'];
    const shared = isRecord(reuse) ? reuse['SHARE_WITH_CUSTOMER'] : undefined;
    input = { ...stored, shareLink: { created: shared, firstBuyerSession: 0 } };
  }
  if (isRecord(input) && !Object.hasOwn(input, 'answer')) {
    // Version 1 had no questions; a version written before the group existed is a v2 one and gives v2's value.
    const version = input['version'];
    input = { ...input, answer: { accepted: version === 1 ? 0 : POLICY_V2.answer.accepted } };
  }
  const result = validatePolicy(input);
  if (!result.ok) {
    throw new InvalidPolicyError(result.errors);
  }
  return result.policy;
}
