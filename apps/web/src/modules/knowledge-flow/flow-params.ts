/** The period presets of the dashboard, in days back from today. */
export const FLOW_PRESETS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '180', label: '6 months' },
  { value: '365', label: '12 months' },
] as const;

export type FlowPreset = (typeof FLOW_PRESETS)[number]['value'];

export interface FlowParams {
  preset: FlowPreset;
  team: string | null;
}

export interface FlowPeriod {
  from: string;
  to: string | null;
}

const DAY_MS = 86_400_000;

/** The dashboard's state from its URL: `?days=90&team=<id>`; an unknown preset is the default, 90 days. */
export function readFlowParams(params: URLSearchParams): FlowParams {
  const days = params.get('days');
  const preset = FLOW_PRESETS.find((p) => p.value === days)?.value ?? '90';
  return { preset, team: params.get('team') || null };
}

/**
 * The period of a preset: from midnight UTC that many days ago up to now (`to` null: the server's now), so the
 * query's variables stay the same through a day and Apollo's cache serves a return to the page.
 */
export function periodOf(preset: FlowPreset, today: Date = new Date()): FlowPeriod {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return { from: new Date(midnight - Number(preset) * DAY_MS).toISOString(), to: null };
}
