/** One number of the scoring policy an admin can set, by its dotted path in the policy JSON. */
export interface PolicyField {
  path: string;
  label: string;
  max: number;
  suffix?: string;
}

export interface PolicyFieldGroup {
  title: string;
  description: string;
  fields: PolicyField[];
}

const POINTS = 100_000;

/** What an admin can change, grouped as the credit rules read them (VIEW always earns 0 and is not offered). */
export const POLICY_GROUPS: PolicyFieldGroup[] = [
  {
    title: 'Reuse',
    description: 'Points for each reuse, split over the authors by their shares.',
    fields: [
      { path: 'reuse.COPY', label: 'Copied', max: POINTS, suffix: 'pts' },
      {
        path: 'reuse.SHARE_WITH_CUSTOMER',
        label: 'Shared with a customer (self-reported)',
        max: POINTS,
        suffix: 'pts',
      },
      { path: 'reuse.USED_IN_DEAL', label: 'Used in a deal', max: POINTS, suffix: 'pts' },
      { path: 'reuse.ADAPT', label: 'Adapted', max: POINTS, suffix: 'pts' },
    ],
  },
  {
    title: 'Share links',
    description:
      'A link to an asset sent to a buyer: points when it is created, and more when a buyer first opens it (the evidence).',
    fields: [
      { path: 'shareLink.created', label: 'Share link created', max: POINTS, suffix: 'pts' },
      {
        path: 'shareLink.firstBuyerSession',
        label: 'First buyer session on a share link',
        max: POINTS,
        suffix: 'pts',
      },
    ],
  },
  {
    title: 'Questions',
    description: 'Points to the writer of an answer the asker accepts (nothing when the asker answered themselves).',
    fields: [{ path: 'answer.accepted', label: 'Accepted answer', max: POINTS, suffix: 'pts' }],
  },
  {
    title: 'Endorsements',
    description: 'Points for each endorsement kind.',
    fields: [
      { path: 'endorsement.HELPFUL', label: 'Helpful', max: POINTS, suffix: 'pts' },
      { path: 'endorsement.HELPED_WIN', label: 'Helped win a deal', max: POINTS, suffix: 'pts' },
      { path: 'endorsement.VERIFIED', label: 'Verified', max: POINTS, suffix: 'pts' },
    ],
  },
  {
    title: 'Contribution and deals',
    description: 'Publishing an asset, and the pool a won deal shares over the assets it used.',
    fields: [
      { path: 'publication', label: 'First publication', max: POINTS, suffix: 'pts' },
      { path: 'dealWonPool', label: 'Won deal pool', max: POINTS, suffix: 'pts' },
    ],
  },
  {
    title: 'Lineage',
    description: 'The share of what an adaptation earns that goes up to the authors it adapts.',
    fields: [
      { path: 'lineage.percent', label: 'Share per generation', max: 100, suffix: '%' },
      { path: 'lineage.maxGenerations', label: 'Generations up', max: 10 },
    ],
  },
  {
    title: 'Daily limits',
    description: 'Per UTC day; they keep credit honest when someone reuses or endorses in bulk.',
    fields: [
      { path: 'caps.repeatReuseWindowHours', label: 'Repeat reuse earns nothing within', max: 8760, suffix: 'h' },
      { path: 'caps.perActorPerBeneficiaryDaily', label: 'One person to another', max: POINTS, suffix: 'pts' },
      {
        path: 'caps.perBeneficiaryEndorsementDaily',
        label: 'Endorsement credit per person',
        max: POINTS,
        suffix: 'pts',
      },
      { path: 'caps.publicationsPerAuthorDaily', label: 'Credited publications per author', max: 1000 },
    ],
  },
];

export const POLICY_FIELDS: PolicyField[] = POLICY_GROUPS.flatMap((group) => group.fields);

export type PolicyValues = Record<string, number>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The policy JSON as its version and the editable values by path; null if it cannot be read. */
export function readPolicy(
  json: string | null | undefined,
): { version: number; values: PolicyValues; raw: Record<string, unknown> } | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  const values: PolicyValues = {};
  for (const { path } of POLICY_FIELDS) {
    const value = path.split('.').reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), raw);
    if (typeof value === 'number') values[path] = value;
  }
  return { version: typeof raw['version'] === 'number' ? raw['version'] : 0, values, raw };
}

/** The policy with the given values set, everything else (VIEW = 0 included) as it was. */
export function withValues(raw: Record<string, unknown>, values: PolicyValues): Record<string, unknown> {
  const next: Record<string, unknown> = structuredClone(raw);
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    let node = next;
    for (const key of keys.slice(0, -1)) {
      if (!isRecord(node[key])) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]] = value;
  }
  return next;
}

export interface PolicyChange {
  label: string;
  from: number | undefined;
  to: number | undefined;
}

/** The editable values that differ between two versions, in the order of the form. */
export function policyChanges(before: PolicyValues, after: PolicyValues): PolicyChange[] {
  return POLICY_FIELDS.filter((f) => before[f.path] !== after[f.path]).map((f) => ({
    label: f.label,
    from: before[f.path],
    to: after[f.path],
  }));
}
