import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** A message as the test SMTP server received it. */
export interface Received {
  from: string;
  to: string[];
  messageId: string | null;
  subject: string;
  /** The session was upgraded with STARTTLS. */
  secure: boolean;
  raw: string;
}

export interface TestSmtp {
  port: number;
  url: string;
  received: Received[];
  /** Addresses answered with 550 at RCPT TO. */
  reject: Set<string>;
  stop(): Promise<void>;
  /** Listens again on the same port (after stop: the server "comes back"). */
  start(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  const m = new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head);
  return m ? m[1].trim() : null;
}

/**
 * A real SMTP server for tests (smtp-server). Its built-in certificate has expired, so STARTTLS
 * is offered only with a certificate of the test's own (`tls`, see selfSignedCertificate);
 * otherwise the client talks plain SMTP on loopback. With `auth`, AUTH PLAIN/LOGIN is required.
 */
export async function startTestSmtp(
  options: { auth?: { user: string; pass: string }; tls?: { key: string; cert: string } } = {},
): Promise<TestSmtp> {
  const port = await freePort();
  const received: Received[] = [];
  const reject = new Set<string>();
  const serverOptions: SMTPServerOptions = {
    disabledCommands: [...(options.tls ? [] : ["STARTTLS"]), ...(options.auth ? [] : ["AUTH"])],
    ...(options.tls ?? {}),
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass)
        return cb(null, { user: auth.username });
      return cb(new Error("Invalid username or password"));
    },
    onRcptTo(address, _session, cb) {
      if (reject.has(address.address.toLowerCase())) {
        const err = new Error("5.1.1 No such user here") as Error & { responseCode: number };
        err.responseCode = 550;
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: header(raw, "Message-ID"),
          subject: header(raw, "Subject") ?? "",
          secure: session.secure,
          raw,
        });
        cb();
      });
    },
  };
  let server: SMTPServer | null = null;
  const start = async () => {
    const s = new SMTPServer(serverOptions);
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => resolve());
    });
    server = s;
  };
  const stop = async () => {
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await start();
  const auth = options.auth
    ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@`
    : "";
  return { port, url: `smtp://${auth}127.0.0.1:${port}`, received, reject, stop, start };
}

/** A throwaway self-signed certificate for localhost (openssl), for a STARTTLS test server. */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), "sekimori-smtp-"));
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"].concat([
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ]),
      { stdio: "ignore" },
    );
    return {
      key: readFileSync(join(dir, "key.pem"), "utf8"),
      cert: readFileSync(join(dir, "cert.pem"), "utf8"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
