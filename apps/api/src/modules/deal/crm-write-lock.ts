import type { EntityManager } from 'typeorm';

const CRM_WRITE_LOCK = 7_242_101;

/**
 * CRM writes (imports and the deal webhook) take turns, until the end of the caller's transaction. So a deal's
 * outcome read at the start of a write is still its outcome at the end, and each transition to WON is seen once.
 */
export async function lockCrmWrites(em: EntityManager): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock($1)', [CRM_WRITE_LOCK]);
}
