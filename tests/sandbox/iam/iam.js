// INDIGO IAM look-alike for the Plancia sandbox, built on oidc-provider.
//
// Usage: node iam.js --port P --fleet FILE [--host 127.0.0.1] [--access-token-ttl S]
//          [--refresh-token-ttl S] [--device-code-ttl S] [--ready-file FILE]
//          [--services-secret SECRET] [--state-dir DIR] [--tls-cert FILE --tls-key FILE]
// Every option also reads an env var: IAM_PORT, IAM_FLEET, IAM_ACCESS_TOKEN_TTL, ...
//
// --state-dir keeps the signing key, the cookie keys, the services secret (keys.json) and
// every grant, refresh token, device code and session (store.json) across restarts, so a
// restarted IAM on the same port is the same issuer with the same logins, like a real one.
// --tls-cert/--tls-key serve HTTPS (the issuer is then https://HOST:PORT/).
//
// Access tokens are RS256 JWTs (like IAM's) carrying sub, preferred_username, name, email,
// groups and wlcg.groups. oidc-provider does not introspect, revoke or serve userinfo for
// structured (JWT) tokens, so this file serves those three for JWTs itself and hands every
// other request to the provider.
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as os from 'node:os';
import * as path from 'node:path';
import * as querystring from 'node:querystring';

import Provider, { errors } from 'oidc-provider';

import { FileStore, fileAdapter } from './file_adapter.js';

function option(name, envName, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i !== -1 && i + 1 < process.argv.length) return process.argv[i + 1];
  if (process.env[envName] !== undefined) return process.env[envName];
  return fallback;
}

const host = option('host', 'IAM_HOST', '127.0.0.1');
const port = Number(option('port', 'IAM_PORT', '0'));
const fleetFile = option('fleet', 'IAM_FLEET', new URL('../fleet.json', import.meta.url).pathname);
const accessTokenTTL = Number(option('access-token-ttl', 'IAM_ACCESS_TOKEN_TTL', '3600'));
const refreshTokenTTL = Number(option('refresh-token-ttl', 'IAM_REFRESH_TOKEN_TTL', String(30 * 24 * 3600)));
const deviceCodeTTL = Number(option('device-code-ttl', 'IAM_DEVICE_CODE_TTL', '600'));
const readyFile = option('ready-file', 'IAM_READY_FILE', '');
const stateDir = option('state-dir', 'IAM_STATE_DIR', '');
const tlsCert = option('tls-cert', 'IAM_TLS_CERT', '');
const tlsKey = option('tls-key', 'IAM_TLS_KEY', '');

// Keys: kept in <state-dir>/keys.json when there is a state directory, else new every start.
function loadKeys() {
  const keysFile = stateDir ? path.join(stateDir, 'keys.json') : '';
  if (keysFile) {
    try {
      return JSON.parse(fs.readFileSync(keysFile, 'utf8'));
    } catch (err) {
      if (err.code !== 'ENOENT') console.error(`iam: new keys, ${keysFile} is unreadable: ${err.message}`);
    }
  }
  const { privateKey: pk } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keys = {
    jwk: { ...pk.export({ format: 'jwk' }), kid: `sandbox-${crypto.randomBytes(4).toString('hex')}`, use: 'sig', alg: 'RS256' },
    cookieKeys: [crypto.randomBytes(16).toString('hex')],
    servicesSecret: crypto.randomBytes(24).toString('hex'),
  };
  if (keysFile) {
    fs.mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(`${keysFile}.tmp`, JSON.stringify(keys), { mode: 0o600 });
    fs.renameSync(`${keysFile}.tmp`, keysFile);
  }
  return keys;
}
const keys = loadKeys();
// RadosGW's STS takes the key from the JWKS's `x5c` only: a self-signed certificate over the
// signing key (made once with openssl, kept in keys.json with the key).
if (!keys.x5c) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-x5c-'));
  try {
    const pem = path.join(tmp, 'key.pem');
    fs.writeFileSync(pem, crypto.createPrivateKey({ key: keys.jwk, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const der = execFileSync('openssl', ['req', '-new', '-x509', '-key', pem, '-days', '3650', '-subj', '/O=Plancia sandbox/CN=sandbox IAM token signing', '-outform', 'DER']);
    keys.x5c = [der.toString('base64')];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (stateDir) {
    const keysFile = path.join(stateDir, 'keys.json');
    fs.writeFileSync(`${keysFile}.tmp`, JSON.stringify(keys), { mode: 0o600 });
    fs.renameSync(`${keysFile}.tmp`, keysFile);
  }
}
const servicesSecret = option('services-secret', 'IAM_SERVICES_SECRET', keys.servicesSecret);
const store = stateDir ? new FileStore(path.join(stateDir, 'store.json')) : undefined;

const fleet = JSON.parse(fs.readFileSync(fleetFile, 'utf8'));
const users = new Map(fleet.users.map((u) => [u.username, u]));
const browserPassword = fleet.iam?.browserPassword;

const SCOPES = ['openid', 'profile', 'email', 'offline_access', 'wlcg', 'wlcg.groups'];
const RESOURCE = 'https://wlcg.cern.ch/jwt/v1/any';

function userClaims(username) {
  const u = users.get(username);
  if (!u) return undefined;
  const [given, ...rest] = u.displayName.split(' ');
  return {
    sub: `sandbox-${username}`,
    preferred_username: u.username,
    name: u.displayName,
    given_name: given,
    family_name: rest.join(' '),
    email: u.email,
    email_verified: true,
    groups: [...u.groups],
    'wlcg.groups': u.groups.map((g) => `/${g}`),
    organisation_name: 'ai-infn-sandbox',
  };
}
// Session tags for RadosGW's STS (the namespace it reads, like a Keycloak mapper for RGW):
// in access tokens only. RGW turns them into aws:PrincipalTag/username and .../groups, on
// which the role's permission policy grants buckets (tests/sandbox/s3/rgw.py).
const TAGS_CLAIM = 'https://aws.amazon.com/tags';
function sessionTags(username) {
  const u = users.get(username);
  if (!u) return undefined;
  return [{ principal_tags: { username: [u.username], groups: [...u.groups] } }];
}
// Account ids are the `sub`; the username is recovered from it.
const subToUser = (sub) => (sub?.startsWith('sandbox-') ? sub.slice('sandbox-'.length) : undefined);

const { jwk } = keys;
const privateKey = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
const publicKey = crypto.createPublicKey(privateKey);

const b64u = (buf) => Buffer.from(buf).toString('base64url');
function signJwt(payload) {
  const head = b64u(JSON.stringify({ alg: 'RS256', typ: 'at+jwt', kid: jwk.kid }));
  const body = b64u(JSON.stringify(payload));
  const sig = crypto.sign('RSA-SHA256', Buffer.from(`${head}.${body}`), privateKey);
  return `${head}.${body}.${b64u(sig)}`;
}
// Revoked JWT access tokens (oidc-provider does not store JWTs): in the state file when there is one.
const revokedJti = store ? { add: (jti, exp) => store.revokeJti(jti, exp), has: (jti) => store.isRevoked(jti) }
  : new Set();
// Returns the payload of a valid, unexpired, unrevoked JWT access token of ours, else undefined.
function verifyJwt(token, issuer) {
  const parts = String(token || '').split('.');
  if (parts.length !== 3) return undefined;
  try {
    const ok = crypto.verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), publicKey, Buffer.from(parts[2], 'base64url'));
    if (!ok) return undefined;
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (payload.iss !== issuer) return undefined;
    if (typeof payload.exp !== 'number' || payload.exp <= Date.now() / 1000) return undefined;
    if (revokedJti.has(payload.jti)) return undefined;
    return payload;
  } catch {
    return undefined;
  }
}
const looksLikeJwt = (t) => typeof t === 'string' && t.split('.').length === 3;

const tls = Boolean(tlsCert && tlsKey);
const server = tls ? https.createServer({ cert: fs.readFileSync(tlsCert), key: fs.readFileSync(tlsKey) })
  : http.createServer();
await new Promise((resolve) => server.listen(port, host, resolve));
const actualPort = server.address().port;
const issuer = `${tls ? 'https' : 'http'}://${host}:${actualPort}/`;

const configuration = {
  clients: [
    {
      client_id: 'plancia',
      client_name: 'Plancia',
      token_endpoint_auth_method: 'none',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
    {
      // For oidc-agent (interop): it always authenticates with client_secret_basic. The secret
      // is public on purpose (sandbox only); see README.
      client_id: 'oidc-agent',
      client_secret: 'oidc-agent-sandbox-secret',
      client_name: 'oidc-agent (sandbox)',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
    {
      // Used by the hub and other sandbox services for introspection.
      client_id: 'sandbox-services',
      client_secret: servicesSecret,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ],
  clientBasedCORS: () => true,
  findAccount: async (_ctx, id) => {
    const username = users.has(id) ? id : subToUser(id);
    const claims = userClaims(username);
    if (!claims) return undefined;
    return { accountId: claims.sub, claims: async () => claims };
  },
  claims: {
    openid: ['sub'],
    profile: ['name', 'given_name', 'family_name', 'preferred_username', 'organisation_name', 'groups'],
    email: ['email', 'email_verified'],
    wlcg: [],
    'wlcg.groups': ['wlcg.groups'],
  },
  scopes: SCOPES,
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true, charset: 'base-20', mask: '****-****' },
    revocation: { enabled: true },
    introspection: { enabled: true },
    userinfo: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: SCOPES.join(' '),
        audience: RESOURCE,
        accessTokenTTL,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  extraTokenClaims: async (_ctx, token) => {
    if (token.kind !== 'AccessToken') return undefined;
    const claims = userClaims(subToUser(token.accountId));
    if (!claims) return undefined;
    const { sub: _sub, ...rest } = claims;
    return { ...rest, [TAGS_CLAIM]: sessionTags(claims.preferred_username) };
  },
  issueRefreshToken: async (_ctx, client, code) => client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
  rotateRefreshToken: true,
  ttl: {
    AccessToken: accessTokenTTL,
    RefreshToken: refreshTokenTTL,
    DeviceCode: deviceCodeTTL,
    IdToken: accessTokenTTL,
    Grant: refreshTokenTTL,
    Session: refreshTokenTTL,
    Interaction: 3600,
    ClientCredentials: accessTokenTTL,
  },
  jwks: { keys: [jwk] },
  routes: {
    device_authorization: '/devicecode',
    token: '/token',
    userinfo: '/userinfo',
    jwks: '/jwk',
    revocation: '/revoke',
    introspection: '/introspect',
    code_verification: '/device',
  },
  pkce: { required: () => false },
  cookies: { keys: keys.cookieKeys },
  ...(store ? { adapter: fileAdapter(store) } : {}),
};

const provider = new Provider(issuer, configuration);
provider.proxy = false;

// -- helpers for the routes served here ---------------------------------------------------
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
function parseBody(req, raw) {
  const ct = (req.headers['content-type'] || '').split(';')[0].trim();
  if (ct === 'application/json') {
    try { return JSON.parse(raw || '{}'); } catch { return {}; }
  }
  return querystring.parse(raw);
}
function sendJson(res, status, obj, extraHeaders = {}) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extraHeaders });
  res.end(body);
}
const isLoopback = (req) => ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress);
const normalizeUserCode = (s) => String(s || '').toUpperCase().replace(/\W/g, '');

function clientFromBasic(req, body) {
  const auth = req.headers.authorization || '';
  if (auth.toLowerCase().startsWith('basic ')) {
    const [id, secret] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':').map(decodeURIComponent);
    return { id, secret };
  }
  return { id: body.client_id, secret: body.client_secret };
}
function clientAuthenticated(req, body) {
  const { id, secret } = clientFromBasic(req, body);
  if (id === 'sandbox-services') return secret === servicesSecret;
  return id === 'plancia'; // public client: identifies, no secret
}

function mintAccessToken(username, { scope = SCOPES.join(' '), ttl = accessTokenTTL, clientId = 'plancia' } = {}) {
  const claims = userClaims(username);
  const now = Math.floor(Date.now() / 1000);
  return signJwt({
    ...claims,
    [TAGS_CLAIM]: sessionTags(username),
    iss: issuer,
    aud: RESOURCE,
    iat: now,
    nbf: now,
    exp: now + Number(ttl),
    jti: crypto.randomUUID(),
    client_id: clientId,
    scope,
  });
}

async function approveDeviceCode(userCode, username, scopeOverride) {
  const code = await provider.DeviceCode.findByUserCode(normalizeUserCode(userCode), { ignoreExpiration: true });
  if (!code) return [404, { error: 'not_found', error_description: 'unknown user_code' }];
  if (code.isExpired) return [410, { error: 'expired_token', error_description: 'user_code expired' }];
  if (code.accountId || code.error) return [409, { error: 'already_used', error_description: 'user_code already used' }];
  const claims = userClaims(username);
  if (!claims) return [404, { error: 'unknown_user', error_description: `no user ${username} in the fleet` }];
  const scope = scopeOverride || code.params?.scope || code.scope || SCOPES.join(' ');
  const grant = new provider.Grant({ accountId: claims.sub, clientId: code.clientId });
  grant.addOIDCScope(scope);
  grant.addResourceScope(RESOURCE, scope);
  const grantId = await grant.save();
  code.accountId = claims.sub;
  code.grantId = grantId;
  code.scope = scope;
  code.resource = RESOURCE;
  code.authTime = Math.floor(Date.now() / 1000);
  code.acr = 'urn:mace:incommon:iap:silver';
  await code.save();
  return [200, { approved: true, user_code: userCode, username, scope }];
}

async function handleTestRoute(req, res, path, body) {
  if (!isLoopback(req)) return sendJson(res, 403, { error: 'forbidden' });
  if (path === '/__test/approve') {
    const [status, out] = await approveDeviceCode(body.user_code, body.username, body.scope);
    return sendJson(res, status, out);
  }
  if (path === '/__test/deny') {
    const code = await provider.DeviceCode.findByUserCode(normalizeUserCode(body.user_code), { ignoreExpiration: true });
    if (!code) return sendJson(res, 404, { error: 'not_found' });
    code.error = 'access_denied';
    code.errorDescription = 'the user denied the request';
    await code.save();
    return sendJson(res, 200, { denied: true });
  }
  if (path === '/__test/token') {
    if (!users.has(body.username)) return sendJson(res, 404, { error: 'unknown_user' });
    const ttl = body.expires_in || accessTokenTTL;
    return sendJson(res, 200, {
      access_token: mintAccessToken(body.username, { scope: body.scope, ttl }),
      token_type: 'Bearer',
      expires_in: Number(ttl),
    });
  }
  if (path === '/__test/users') {
    return sendJson(res, 200, { users: [...users.keys()] });
  }
  if (path === '/__test/config') {
    return sendJson(res, 200, { accessTokenTTL, refreshTokenTTL, deviceCodeTTL, issuer });
  }
  return sendJson(res, 404, { error: 'not_found' });
}

function bearer(req, body) {
  const auth = req.headers.authorization || '';
  if (auth.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  return body.access_token;
}

// -- request dispatch ---------------------------------------------------------------------
const providerCallback = provider.callback();
server.on('request', async (req, res) => {
  try {
    // RadosGW appends `/.well-known/openid-configuration` to an issuer that ends in `/` (like
    // INDIGO IAM's): `//` is one `/`, as for the IAM's own web server.
    if (req.url.startsWith('//')) req.url = req.url.replace(/^\/+/, '/');
    const url = new URL(req.url, issuer);
    const path = url.pathname;
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/jwk' && req.method === 'GET') {
      // The provider's JWKS plus `x5c` (RadosGW verifies tokens with the certificate only).
      const { kty, n, e, kid, use, alg } = jwk;
      return sendJson(res, 200, { keys: [{ kty, n, e, kid, use, alg, x5c: keys.x5c }] },
        { 'content-type': 'application/jwk-set+json; charset=utf-8' });
    }
    if (path.startsWith('/__test/')) {
      const body = req.method === 'POST' ? parseBody(req, await readBody(req)) : Object.fromEntries(url.searchParams);
      return await handleTestRoute(req, res, path, body);
    }
    if (path === '/userinfo') {
      const raw = req.method === 'POST' ? await readBody(req) : '';
      const body = raw ? parseBody(req, raw) : {};
      const token = bearer(req, body);
      if (looksLikeJwt(token)) {
        const payload = verifyJwt(token, issuer);
        if (!payload) {
          return sendJson(res, 401, { error: 'invalid_token', error_description: 'invalid token provided' },
            { 'www-authenticate': 'Bearer realm="sandbox", error="invalid_token"' });
        }
        return sendJson(res, 200, userClaims(subToUser(payload.sub)));
      }
      req.body = raw;
    } else if ((path === '/introspect' || path === '/revoke') && req.method === 'POST') {
      const raw = await readBody(req);
      const body = parseBody(req, raw);
      if (looksLikeJwt(body.token)) {
        if (!clientAuthenticated(req, body)) return sendJson(res, 401, { error: 'invalid_client' });
        const payload = verifyJwt(body.token, issuer);
        if (path === '/revoke') {
          if (payload) revokedJti.add(payload.jti, payload.exp);
          res.writeHead(200); return res.end();
        }
        if (!payload) return sendJson(res, 200, { active: false });
        return sendJson(res, 200, { active: true, token_type: 'Bearer', ...payload });
      }
      req.body = raw;
    } else if (path === '/devicecode' && req.method === 'POST') {
      // IAM's access tokens are always JWTs: bind every device code to the WLCG resource so
      // oidc-provider issues a structured token even though clients send no `resource`.
      const raw = await readBody(req);
      const body = parseBody(req, raw);
      if (!body.resource) body.resource = RESOURCE;
      req.headers['content-type'] = 'application/x-www-form-urlencoded';
      req.body = querystring.stringify(body);
    } else if (/^\/interaction\/[^/]+$/.test(path) && req.method === 'POST') {
      // The provider's own (dev) login page takes any login and password; the sandbox wants a
      // fleet user and the fleet's password, and logs in the account by its `sub`.
      const raw = await readBody(req);
      const body = parseBody(req, raw);
      if (body.prompt !== 'login') {
        req.body = raw;
        return providerCallback(req, res);
      }
      if (!users.has(body.login) || (browserPassword && body.password !== browserPassword)) {
        res.writeHead(403, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<!DOCTYPE html><p>Unknown user or wrong password (sandbox password is in fleet.json). Go back and retry.</p>');
      }
      body.login = userClaims(body.login).sub;
      req.body = querystring.stringify(body);
    }
    return providerCallback(req, res);
  } catch (err) {
    console.error('iam: request failed', err);
    if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: String(err.message || err) });
    else res.end();
  }
});

provider.on('server_error', (ctx, err) => console.error('iam: server_error', err));
provider.on('grant.error', (ctx, err) => {
  if (!(err instanceof errors.AuthorizationPending)) console.error('iam: grant.error', err.message);
});

console.log(`iam: issuer ${issuer} (access ${accessTokenTTL}s, refresh ${refreshTokenTTL}s, device code ${deviceCodeTTL}s)`);
if (readyFile) {
  fs.writeFileSync(`${readyFile}.tmp`, JSON.stringify({ issuer, port: actualPort, servicesSecret, pid: process.pid }));
  fs.renameSync(`${readyFile}.tmp`, readyFile);
}
const stop = () => { server.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
