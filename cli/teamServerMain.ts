// `npm run team-server -- --port PORT --data DIR --tokens FILE [--redis URL] [--address ADDR]`:
// starts the team server until Ctrl-C or SIGTERM, then stores every document before exiting.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startTeamServer } from './teamServer';
import { parseTeamTokens } from './teamServerAuth';

const USAGE = 'Usage: npm run team-server -- --port PORT --data DIR --tokens FILE [--redis redis://HOST:PORT] [--address 0.0.0.0]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      tokens: { type: 'string' },
      redis: { type: 'string' },
      address: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!values.data || !values.tokens || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(USAGE);
  const tokens = parseTeamTokens(readFileSync(values.tokens, 'utf8'));
  const server = await startTeamServer({
    port,
    dataDir: values.data,
    tokens,
    ...(values.address ? { address: values.address } : {}),
    ...(values.redis ? { redisUrl: values.redis } : {}),
  });
  console.log(`Team server on ${server.url} (${tokens.size} tokens, data in ${values.data}${values.redis ? `, Redis ${values.redis}` : ''})`);
  const stop = (): void => {
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
