import { useTeams } from '../../team/hooks/useTeams';

/** The teams whose reports the viewer may read, as the API answers it (`Team.viewerCan.readReport`). */
export function useReportScope() {
  const { teams, loading, error, refetch } = useTeams();
  const readable = teams.filter((team) => team.viewerCan.readReport);
  return { teams: readable, loading: loading && teams.length === 0, error, refetch };
}
