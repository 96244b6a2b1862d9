import { Init1795755590450 } from '../../../../../migrations/1795755590450-init.js';
import { Content1795756478234 } from '../../../../../migrations/1795756478234-content.js';

// Every migration, in order. Listed explicitly so the same build runs from src/ and dist/ without globbing.
export const MIGRATIONS = [Init1795755590450, Content1795756478234];
