// Runs Debian's nginx with the shipped deploy/nginx.conf, as the current user, on a
// loopback port, with every file it writes (pid, logs, temp) in a temp folder.
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { DIST, tmp } from './harness.mjs';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync) || 'nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const HAS_BROTLI = existsSync(BROTLI_MODULE);
export const SHIPPED = resolve('deploy/nginx.conf');

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/**
 * The shipped config as an officer would adapt it: the three CHANGE lines filled in
 * (listen, server_name, the folder) and, optionally, the frame-ancestors line.
 */
export function siteConfig({ port, root = DIST, frameAncestors } = {}) {
  let conf = readFileSync(SHIPPED, 'utf8');
  const swap = (from, to) => {
    if (!conf.includes(from)) throw new Error(`deploy/nginx.conf no longer has: ${from}`);
    conf = conf.replace(from, to);
  };
  swap('listen 80;', `listen 127.0.0.1:${port};`);
  swap('server_name safepath.example;', 'server_name 127.0.0.1 localhost;');
  swap('alias /var/www/safepath/;', `alias ${root.replace(/\/?$/, '/')};`);
  if (frameAncestors) swap(`set $safepath_frame_ancestors "'self'";`, `set $safepath_frame_ancestors "${frameAncestors}";`);
  // As the comment in the config says: without the module, delete the line.
  if (!HAS_BROTLI) swap('        brotli_static on;\n', '');
  return conf;
}

/** Starts nginx; resolves once it answers. `stop()` always ends it. */
export async function startNginx(opts = {}) {
  const dir = tmp('safepath-nginx-');
  const port = await freePort();
  writeFileSync(join(dir, 'site.conf'), siteConfig({ port, ...opts }));
  const root = userInfo().uid === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${HAS_BROTLI ? `load_module ${BROTLI_MODULE};` : ''}
${root ? 'user root root;' : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  sendfile on;
  include ${dir}/site.conf;
}
`,
  );
  const conf = join(dir, 'nginx.conf');
  const proc = spawn(NGINX, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  let exited = false;
  proc.on('exit', () => (exited = true));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    const gone = new Promise((ok) => proc.once('exit', ok));
    proc.kill('SIGQUIT');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 3000);
    await gone;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 10000;
  for (;;) {
    if (exited) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`nginx exited: ${stderr}\n${log}`);
    }
    try {
      const r = await get(`${origin}/ho-tro/robots.txt`);
      if (r.status === 200) break;
    } catch {
      /* not yet listening */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer: ${stderr}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return { origin, url: `${origin}/ho-tro/`, dir, conf, stop };
}

/** A raw GET: headers exactly as sent, body not decompressed. */
export function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}
