import { loadCatalog } from './src/load/catalog.ts';
import { resolveModel } from './src/catalog/resolve.ts';
import { commandLoads, nameablePool } from './bench/lib/texts.ts';
import { handle } from './src/app/handle.ts';
import { messageFor } from './src/slack/reply.ts';
import { memoryPorts } from './test/helpers/ports.ts';
