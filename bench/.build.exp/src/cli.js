import { runCli } from './cli/main.js';
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
}
process.exitCode = await runCli(process.argv.slice(2));
//# sourceMappingURL=cli.js.map