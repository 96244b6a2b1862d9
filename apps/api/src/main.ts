import 'reflect-metadata';
import { startByline } from './bootstrap.js';
import { ConfigError, loadConfig } from './core/config/config.js';
import type { AppConfig } from './core/config/config.js';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Byline cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const byline = await startByline(config);
const seconds = (byline.startedInMs / 1000).toFixed(1);
const database = byline.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL from DATABASE_URL';
const lines = [`Byline is ready at ${byline.url} (started in ${seconds} s; ${database})`];
if (byline.setup?.logins.length) {
  lines.push('Demo organisation loaded. Log in as:');
  for (const login of byline.setup.logins) {
    lines.push(`  ${login.role.padEnd(10)} ${login.email.padEnd(28)} password: ${login.password}   (${login.name})`);
  }
}
console.log(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: stopping Byline`);
    // Pool first, then the socket server, then the embedded database: an unclean close costs recovery time.
    byline.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Byline did not stop cleanly', error);
        process.exit(1);
      },
    );
  });
}
