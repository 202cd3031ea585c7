// Runs Debian's nginx with the shipped deploy/nginx.conf, as the current user, on
// loopback ports, with every file it writes (pid, logs, temp) in a temp folder.
import { spawn, execFileSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { request as requestTls } from 'node:https';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { DIST, tmp, phone, open, live } from './harness.mjs';

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
 * The shipped config as an officer would adapt it: the CHANGE lines filled in (the two
 * servers' listen lines and names, the certificate, the folder) and, optionally, the
 * frame-ancestors line and the visit counting. Nothing else changes, but where nginx
 * writes: /var/log/nginx/ becomes `logDir`.
 * `tls: false` serves the app over plain HTTP from the HTTPS server block (its `ssl`
 * lines dropped), for tests that need no certificate; `tls: true` needs `cert`.
 */
export function siteConfig({
  port,
  redirectPort = 1,
  root = DIST,
  frameAncestors,
  tls = false,
  cert,
  logDir = '/tmp',
  count = false,
} = {}) {
  let conf = readFileSync(SHIPPED, 'utf8');
  const swap = (from, to, times = 1) => {
    const found = conf.split(from).length - 1;
    if (found !== times) throw new Error(`deploy/nginx.conf has ${found}, not ${times}, of: ${from}`);
    conf = conf.split(from).join(to);
  };
  swap('listen 80;', `listen 127.0.0.1:${redirectPort};`);
  swap('listen 443 ssl http2;', tls ? `listen 127.0.0.1:${port} ssl http2;` : `listen 127.0.0.1:${port};`);
  swap('server_name safepath.example;', 'server_name 127.0.0.1 localhost;', 2);
  swap('ssl_certificate     /etc/ssl/certs/safepath.pem;', tls ? `ssl_certificate ${cert.cert};` : '');
  swap('ssl_certificate_key /etc/ssl/private/safepath.key;', tls ? `ssl_certificate_key ${cert.key};` : '');
  swap('alias /var/www/safepath/;', `alias ${root.replace(/\/?$/, '/')};`);
  if (frameAncestors) swap(`set $safepath_frame_ancestors "'self'";`, `set $safepath_frame_ancestors "${frameAncestors}";`);
  if (count) swap('# access_log /var/log/nginx/safepath-count.log', 'access_log /var/log/nginx/safepath-count.log');
  conf = conf.split('/var/log/nginx/').join(`${logDir.replace(/\/?$/, '/')}`);
  // As the comment in the config says: without the module, delete the line.
  if (!HAS_BROTLI) swap('        brotli_static on;\n', '');
  return conf;
}

/** A throwaway self-signed certificate for 127.0.0.1 (needs the openssl command). */
export function selfSigned(dir) {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1',
  ], { stdio: 'pipe' });
  return { cert, key };
}

/** Starts nginx; resolves once it answers. `stop()` always ends it. */
export async function startNginx(opts = {}) {
  const dir = tmp('safepath-nginx-');
  const port = await freePort();
  const redirectPort = await freePort();
  const cert = opts.tls ? selfSigned(dir) : undefined;
  writeFileSync(join(dir, 'site.conf'), siteConfig({ port, redirectPort, cert, logDir: dir, ...opts }));
  const root = userInfo().uid === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${HAS_BROTLI ? `load_module ${BROTLI_MODULE};` : ''}
${root ? 'user root root;' : ''}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
# As Debian's /etc/nginx/nginx.conf: one access log and one error log for every site.
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
  const origin = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
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
  // Every log file nginx writes here: Debian's defaults (access.log, error.log, as in
  // the main config below) and whatever the shipped config names under /var/log/nginx/.
  const logs = () =>
    Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.log'))
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
  return { origin, url: `${origin}/ho-tro/`, redirect: `http://127.0.0.1:${redirectPort}`, dir, conf, stop, logs };
}

/** A raw GET: headers exactly as sent, body not decompressed. */
export function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    // The test's own certificate is self-signed: https here trusts it blindly.
    const tls = url.startsWith('https:');
    const req = (tls ? requestTls : request)(url, { headers, ...(tls ? { rejectUnauthorized: false } : {}) }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.setTimeout(5000, () => req.destroy(new Error('timeout')));
    req.end();
  });
}

/**
 * Requests as visitors make them (a deep link in the new and the old form, a missing
 * file, a folder, a redirect, plain HTTP on the HTTPS port, a visit in Chromium), then
 * stops nginx and reads every log file it wrote. Works with any `startNginx`, so an
 * older config can be checked the same way.
 */
export async function visitAndReadLogs(server, browser) {
  const UA = "SafepathLogProbe/1.0 (a visitor's browser)";
  const headers = { 'user-agent': UA };
  for (const path of [
    '/ho-tro/?v=3&n=5&a=30337',
    '/ho-tro/?view=help&need=shelter&area=30337',
    '/ho-tro/nothing-here.js?n=5',
    '/ho-tro/fonts/',
    '/ho-tro?v=3',
  ]) {
    await get(server.origin + path, headers);
  }
  if (server.redirect) await get(`${server.redirect}/ho-tro/?v=10&n=1`, headers);
  // Plain HTTP to the HTTPS port: nginx answers 400 and, at level info, would log it.
  if (server.origin.startsWith('https:')) {
    await get(`${server.origin.replace('https:', 'http:')}/ho-tro/?v=12`, headers).catch(() => {});
  }
  const { page, context } = await phone(browser, { ignoreHTTPSErrors: true });
  // The old form of a deep link still opens the help view (posters are printed).
  await open(page, server.url, '?view=help&need=shelter&lang=vi');
  await page.goto(server.url);
  await live(page);
  const agent = await page.evaluate(() => navigator.userAgent);
  await context.close();
  await server.stop();
  const logs = Object.fromEntries(
    readdirSync(server.dir)
      .filter((f) => f.endsWith('.log'))
      .map((f) => [f, readFileSync(join(server.dir, f), 'utf8')]),
  );
  return { logs, agents: [UA, agent] };
}

/** Every log line that holds a visitor's address, browser, query or request line. */
export function visitorLines({ logs, agents }) {
  const says = (line) =>
    /127\.0\.0\.1|localhost|client:/.test(line) ||
    agents.some((a) => line.includes(a) || line.includes(a.split(' ')[0])) ||
    /\?|[&=](v|n|a|view|need|area|lang|embed)=|30337|shelter/.test(line) ||
    /GET |HTTP\/|nothing-here|fonts\//.test(line);
  return Object.entries(logs).flatMap(([f, text]) =>
    text.split('\n').filter((l) => l && says(l)).map((l) => `${f}: ${l}`),
  );
}
