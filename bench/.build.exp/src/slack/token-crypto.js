import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export class TokenDecryptError extends Error {
    name = 'TokenDecryptError';
}
export class TokenCipher {
    #key;
    constructor(key) {
        if (key.length !== 32)
            throw new Error('The token encryption key must be 32 bytes (AES-256).');
        this.#key = Buffer.from(key);
    }
    encrypt(plain, context) {
        const nonce = randomBytes(NONCE_BYTES);
        const cipher = createCipheriv('aes-256-gcm', this.#key, nonce, { authTagLength: TAG_BYTES });
        cipher.setAAD(Buffer.from(context, 'utf8'));
        const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
        return [VERSION, nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    }
    decrypt(stored, context) {
        const [version, nonce, tag, body, ...rest] = stored.split('.');
        if (version !== VERSION || nonce === undefined || tag === undefined || body === undefined || rest.length > 0) {
            throw new TokenDecryptError('A stored token is not in the expected encrypted form (v1).');
        }
        try {
            const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(nonce, 'base64url'), { authTagLength: TAG_BYTES });
            decipher.setAAD(Buffer.from(context, 'utf8'));
            decipher.setAuthTag(Buffer.from(tag, 'base64url'));
            return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
        }
        catch {
            throw new TokenDecryptError('A stored token could not be decrypted: MODELSCOUT_ENCRYPTION_KEY is not the key it was stored with, or the row was altered. Reinstall the app in that workspace, or restore the key.');
        }
    }
    toJSON() {
        return 'TokenCipher(aes-256-gcm)';
    }
}
//# sourceMappingURL=token-crypto.js.map