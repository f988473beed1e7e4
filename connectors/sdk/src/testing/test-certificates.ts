import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** PEM strings of a throwaway PKI for mutual-TLS tests. */
export interface TestCertificates {
  /** the CA that signed the server and the client certificate */
  ca: string;
  server: { cert: string; key: string };
  client: { cert: string; key: string };
  /** the client key encrypted with `passphrase` */
  encryptedClientKey: string;
  passphrase: string;
  /** a client certificate signed by another CA, which the server must refuse */
  rogue: { cert: string; key: string };
}

/**
 * Generates a CA, a server certificate for 127.0.0.1/localhost and client
 * certificates with the `openssl` CLI into a temporary directory (removed
 * afterwards). Takes about a second; call it once per test file.
 *
 * @example
 * const pki = await generateTestCertificates();
 * https.createServer({ ...pki.server, ca: pki.ca, requestCert: true, rejectUnauthorized: true }, handler);
 */
export async function generateTestCertificates(): Promise<TestCertificates> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tributary-pki-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir });
  const passphrase = 'test-passphrase-0f1e';
  try {
    for (const ca of ['ca', 'other-ca']) {
      await openssl(
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        `${ca}.key`,
        '-out',
        `${ca}.crt`,
        '-days',
        '2',
        '-subj',
        `/CN=${ca} for tests`,
      );
    }
    await writeFile(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
    const issue = async (name: string, ca: string, extensions?: string) => {
      await openssl(
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.csr`,
        '-subj',
        `/CN=${name}`,
      );
      await openssl(
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        `${ca}.crt`,
        '-CAkey',
        `${ca}.key`,
        '-CAcreateserial',
        '-out',
        `${name}.crt`,
        '-days',
        '2',
        ...(extensions ? ['-extfile', extensions] : []),
      );
    };
    await issue('server', 'ca', 'server.ext');
    await issue('client', 'ca');
    await issue('rogue', 'other-ca');
    await openssl('pkey', '-in', 'client.key', '-aes256', '-passout', `pass:${passphrase}`, '-out', 'client-enc.key');
    const read = (name: string) => readFile(file(name), 'utf8');
    return {
      ca: await read('ca.crt'),
      server: { cert: await read('server.crt'), key: await read('server.key') },
      client: { cert: await read('client.crt'), key: await read('client.key') },
      encryptedClientKey: await read('client-enc.key'),
      passphrase,
      rogue: { cert: await read('rogue.crt'), key: await read('rogue.key') },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
