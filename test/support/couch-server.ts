// A real CouchDB-protocol server for tests: PouchDB Server in memory on a free port, started and
// stopped by the test itself. An admin is set up, so security and logins work as in CouchDB.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ADMIN = { user: 'admin', password: 'admin-secret-1' };

export interface CouchServer {
  url: string;
  port: number;
  /** Stops the server (its data is gone: it lives in memory). */
  stop(): Promise<void>;
  /** Stops the server but keeps the port, to start it again with `restart`. */
  pause(): Promise<void>;
  restart(): Promise<void>;
  /** A request as the admin; returns the parsed JSON. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const BIN = resolve('node_modules/pouchdb-server/bin/pouchdb-server');

/**
 * Starts PouchDB Server with its data on disk in a temporary folder (LevelDB), so `pause` and
 * `restart` model a server going away and coming back with its documents; `stop` deletes it.
 * `inMemory` keeps them in memory instead (the benchmarks: no disk in the measurement).
 */
export async function startCouchServer(options: { inMemory?: boolean } = {}): Promise<CouchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const auth = 'Basic ' + Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64');

  const launch = async () => {
    const args = ['-p', String(port), ...(options.inMemory ? ['--in-memory'] : ['-d', join(dir, 'data')]), '--no-stdout-logs'];
    // Its config.json (with the admin) and log.txt land in the working folder.
    child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`pouchdb-server did not start on ${url}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((done) => {
      c.once('exit', () => done());
      c.kill('SIGTERM');
    });
  };
  const request = async (method: string, path: string, body?: unknown, withAuth = true) => {
    const res = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', ...(withAuth ? { authorization: auth } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, json };
  };

  await launch();
  // Leave "admin party": from here on only the admin may create databases and users.
  const made = await request('PUT', `/_config/admins/${ADMIN.user}`, ADMIN.password, false);
  if (made.status >= 300) throw new Error(`could not create the admin: ${JSON.stringify(made.json)}`);

  return {
    url,
    port,
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
    pause: kill,
    restart: async () => {
      await launch();
    },
    admin: (method, path, body) => request(method, path, body),
  };
}
