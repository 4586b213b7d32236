// oidc-provider storage kept in one JSON file, so that grants, refresh tokens and sessions
// outlive a restart of the IAM (`sandbox down` + `sandbox up` of the same run directory), the
// way a real IAM keeps them in its database. Small on purpose: every change rewrites the file
// (atomically: temporary file + rename); the sandbox holds at most a few thousand entries.
import * as fs from 'node:fs';

// Models whose entries belong to a grant (revokeByGrantId removes them all).
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

export class FileStore {
  constructor(file) {
    this.file = file;
    this.entries = new Map(); // `${model}:${id}` -> { model, id, payload, expiresAt (ms) | null }
    this.revoked = new Map(); // jti of a revoked JWT access token -> its exp (s)
    this.load();
  }

  load() {
    let data;
    try {
      data = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch (err) {
      if (err.code !== 'ENOENT') console.error(`iam: ignoring unreadable state ${this.file}: ${err.message}`);
      return;
    }
    for (const [key, e] of data.entries ?? []) this.entries.set(key, e);
    for (const [jti, exp] of Object.entries(data.revoked ?? {})) this.revoked.set(jti, exp);
    this.prune();
  }

  prune() {
    const now = Date.now();
    for (const [key, e] of this.entries) if (e.expiresAt !== null && e.expiresAt <= now) this.entries.delete(key);
    for (const [jti, exp] of this.revoked) if (exp * 1000 <= now) this.revoked.delete(jti);
  }

  save() {
    this.prune();
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ entries: [...this.entries], revoked: Object.fromEntries(this.revoked) }),
      { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  live(key) {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt !== null && e.expiresAt <= Date.now()) return undefined;
    return e;
  }

  // JWT access tokens are not stored by oidc-provider; their revocation is kept here.
  revokeJti(jti, exp) {
    this.revoked.set(jti, exp);
    this.save();
  }

  isRevoked(jti) {
    return this.revoked.has(jti);
  }
}

// An oidc-provider adapter class bound to one FileStore.
export function fileAdapter(store) {
  return class FileAdapter {
    constructor(model) {
      this.model = model;
    }

    key(id) {
      return `${this.model}:${id}`;
    }

    async upsert(id, payload, expiresIn) {
      const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : null;
      store.entries.set(this.key(id), { model: this.model, id, payload, expiresAt });
      store.save();
    }

    async find(id) {
      return store.live(this.key(id))?.payload;
    }

    async findByUserCode(userCode) {
      for (const [key, e] of store.entries) {
        if (e.model === this.model && e.payload.userCode === userCode) return store.live(key)?.payload;
      }
      return undefined;
    }

    async findByUid(uid) {
      for (const [key, e] of store.entries) {
        if (e.model === this.model && e.payload.uid === uid) return store.live(key)?.payload;
      }
      return undefined;
    }

    async consume(id) {
      const e = store.live(this.key(id));
      if (e) {
        e.payload.consumed = Math.floor(Date.now() / 1000);
        store.save();
      }
    }

    async destroy(id) {
      if (store.entries.delete(this.key(id))) store.save();
    }

    async revokeByGrantId(grantId) {
      let changed = false;
      for (const [key, e] of store.entries) {
        if (GRANTABLE.has(e.model) && e.payload.grantId === grantId) {
          store.entries.delete(key);
          changed = true;
        }
      }
      if (changed) store.save();
    }
  };
}
