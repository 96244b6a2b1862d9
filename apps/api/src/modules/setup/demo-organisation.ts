import { readDemoOrganisation } from './demo-data.js';

const organisation = readDemoOrganisation();

/** Every demo login uses this password; the demo is for trying Byline out, never for real data. */
export const DEMO_PASSWORD = organisation.password;
export const DEMO_TEAMS = organisation.teams;
export const DEMO_PEOPLE = organisation.people;
