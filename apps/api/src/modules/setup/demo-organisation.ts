import { Role } from '../user/user.entity.js';

/** Every demo login uses this password; the demo is for trying Byline out, never for real data. */
export const DEMO_PASSWORD = 'byline-demo';

export const DEMO_TEAMS = ['EMEA Enterprise', 'North America Mid-Market', 'APAC Commercial', 'Sales Enablement'];

export interface DemoPerson {
  name: string;
  email: string;
  title: string;
  role: Role;
  team: string;
  manages?: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    name: 'Priya Raman',
    email: 'admin@byline.demo',
    title: 'Revenue Operations Lead',
    role: Role.ADMIN,
    team: 'Sales Enablement',
  },
  {
    name: 'Jonas Weber',
    email: 'jonas.weber@byline.demo',
    title: 'Enablement Manager',
    role: Role.ENABLEMENT,
    team: 'Sales Enablement',
    manages: 'Sales Enablement',
  },
  {
    name: 'Claire Dubois',
    email: 'claire.dubois@byline.demo',
    title: 'Regional Sales Director',
    role: Role.MANAGER,
    team: 'EMEA Enterprise',
    manages: 'EMEA Enterprise',
  },
  {
    name: 'Marcus Lee',
    email: 'marcus.lee@byline.demo',
    title: 'Sales Manager',
    role: Role.MANAGER,
    team: 'North America Mid-Market',
    manages: 'North America Mid-Market',
  },
  {
    name: 'Aiko Tanaka',
    email: 'aiko.tanaka@byline.demo',
    title: 'Head of Sales APAC',
    role: Role.MANAGER,
    team: 'APAC Commercial',
    manages: 'APAC Commercial',
  },
  {
    name: 'Sofia Rossi',
    email: 'sofia.rossi@byline.demo',
    title: 'Enterprise Account Executive',
    role: Role.MEMBER,
    team: 'EMEA Enterprise',
  },
  {
    name: 'Lars Nilsson',
    email: 'lars.nilsson@byline.demo',
    title: 'Solutions Engineer',
    role: Role.MEMBER,
    team: 'EMEA Enterprise',
  },
  {
    name: 'Fatima El-Amin',
    email: 'fatima.el-amin@byline.demo',
    title: 'Account Executive',
    role: Role.MEMBER,
    team: 'EMEA Enterprise',
  },
  {
    name: 'Carol Jensen',
    email: 'carol.jensen@byline.demo',
    title: 'Senior Account Executive',
    role: Role.MEMBER,
    team: 'North America Mid-Market',
  },
  {
    name: 'Diego Alvarez',
    email: 'diego.alvarez@byline.demo',
    title: 'Sales Development Representative',
    role: Role.MEMBER,
    team: 'North America Mid-Market',
  },
  {
    name: 'Hannah Brooks',
    email: 'hannah.brooks@byline.demo',
    title: 'Account Executive',
    role: Role.MEMBER,
    team: 'North America Mid-Market',
  },
  {
    name: 'Ravi Menon',
    email: 'ravi.menon@byline.demo',
    title: 'Account Executive',
    role: Role.MEMBER,
    team: 'APAC Commercial',
  },
  {
    name: 'Mei Lin',
    email: 'mei.lin@byline.demo',
    title: 'Solutions Engineer',
    role: Role.MEMBER,
    team: 'APAC Commercial',
  },
  {
    name: 'Tom Walker',
    email: 'tom.walker@byline.demo',
    title: 'Account Executive',
    role: Role.MEMBER,
    team: 'APAC Commercial',
  },
];
