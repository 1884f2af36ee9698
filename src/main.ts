// `npm start`: Socket Mode if SLACK_APP_TOKEN is set, HTTP mode if SLACK_SIGNING_SECRET is set,
// else the local console. Settings come from the environment and .env.
import { CatalogError, loadCatalog } from './catalog/load.ts';
import { formatProblem } from './catalog/validate.ts';
import { loadDotEnv, readSettings, SettingsError } from './config.ts';
import { runConsole } from './console.ts';
import { createLogger } from './log.ts';
import { createSlackApp, startSlackApp } from './slack/app.ts';

async function main(): Promise<number> {
  loadDotEnv();
  let settings;
  try {
    settings = readSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const logger = createLogger(settings.logLevel);
  let catalog;
  try {
    catalog = loadCatalog();
  } catch (error) {
    if (error instanceof CatalogError) {
      process.stderr.write(`The catalog is invalid (run \`npx modelscout catalog check\`):\n${error.problems.slice(0, 20).map(formatProblem).join('\n')}\n`);
      return 1;
    }
    throw error;
  }
  const bot = { catalog, now: () => new Date(), logger };
  if (settings.mode === 'console') {
    await runConsole(bot, process.stdin, process.stdout, process.stdin.isTTY === true);
    return 0;
  }
  const app = createSlackApp(settings, bot);
  const server = await startSlackApp(app, settings);
  const address = server?.address();
  const where = address && typeof address === 'object' ? `HTTP on port ${address.port} (POST /slack/events, GET /healthz)` : 'Socket Mode';
  logger.info(`Model Scout is running: ${where}, ${catalog.models.length} models.`);
  const stop = async () => {
    await app.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return -1;
}

const code = await main();
if (code >= 0) process.exitCode = code;
