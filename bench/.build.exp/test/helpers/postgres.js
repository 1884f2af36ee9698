import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
async function freePort() {
    return new Promise((resolve, reject) => {
        const srv = createServer();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const port = srv.address().port;
            srv.close(() => resolve(port));
        });
    });
}
function run(command, args, asPostgres) {
    const [cmd, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}
async function createDatabase(adminUrl) {
    const name = `modelscout_test_${Math.random().toString(36).slice(2, 10)}`;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
}
export async function startPostgres() {
    if (process.env.DATABASE_URL) {
        return { url: await createDatabase(process.env.DATABASE_URL), stop: async () => undefined };
    }
    const asPostgres = process.getuid?.() === 0;
    const dir = mkdtempSync(join(tmpdir(), 'modelscout-pg-'));
    if (asPostgres)
        chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
    const data = join(dir, 'data');
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'], asPostgres);
    const port = await freePort();
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`, 'start'], asPostgres);
    const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
        url: await createDatabase(admin),
        stop: async () => {
            try {
                run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], asPostgres);
            }
            finally {
                rmSync(dir, { recursive: true, force: true });
            }
        },
    };
}
export async function startHungServer() {
    const sockets = new Set();
    const srv = createServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
    });
    await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
    return {
        port: srv.address().port,
        stop: async () => {
            for (const s of sockets)
                s.destroy();
            await new Promise((resolve) => srv.close(() => resolve()));
        },
    };
}
export async function startHangingProxy(targetUrl) {
    const target = new URL(targetUrl);
    const sockets = new Set();
    let hung = false;
    const track = (s) => {
        sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => sockets.delete(s));
    };
    const srv = createServer((client) => {
        track(client);
        if (hung)
            return;
        const upstream = connect(Number(target.port), target.hostname);
        track(upstream);
        client.on('data', (d) => void (hung || upstream.write(d)));
        upstream.on('data', (d) => void (hung || client.write(d)));
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
    });
    await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
    const url = new URL(targetUrl);
    url.hostname = '127.0.0.1';
    url.port = String(srv.address().port);
    return {
        url: url.toString(),
        hang: () => {
            hung = true;
        },
        stop: async () => {
            for (const s of sockets)
                s.destroy();
            await new Promise((resolve) => srv.close(() => resolve()));
        },
    };
}
//# sourceMappingURL=postgres.js.map