import { useTeams } from '../../team/hooks/useTeams';
import type { TeamRow } from '../../team/hooks/useTeams';
import type { Viewer } from '../../auth/hooks/useViewer';

/**
 * Whose reports the viewer may read, as the API decides it: admins every team, managers the teams they manage
 * (whatever their role), everyone else only their own report.
 */
export function useReportScope(viewer: Pick<Viewer, 'id' | 'role'>) {
  const { teams, loading, error, refetch } = useTeams();
  const readable: TeamRow[] =
    viewer.role === 'ADMIN'
      ? [...teams]
      : teams.filter((team) => team.managers.some((manager) => manager.id === viewer.id));
  return { teams: readable, loading: loading && teams.length === 0, error, refetch };
}
