import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../config/repo-root.js';

const QUERIES = join(findRepoRoot(), 'apps/api/src/queries');

/**
 * The SQL of a complex read, kept as a file in `apps/api/src/queries/` so it is reviewed as SQL. Read once when the
 * module loads (the same file serves src/ and dist/: the repository, not the build, holds it).
 */
export function queryFile(name: string): string {
  return readFileSync(join(QUERIES, name), 'utf8');
}
