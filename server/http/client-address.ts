import { BlockList, isIP } from "node:net";

/**
 * Who is on the other end of a request. The client address is the socket's peer, unless that
 * peer is one of the proxies named in TRUST_PROXY: then X-Forwarded-For is read from the right
 * (the hop the trusted proxy added) leftwards, skipping further trusted proxies, and the first
 * untrusted address is the client. Anything a client writes into X-Forwarded-For itself sits to
 * the left of that and is never believed. The same rule decides whether X-Forwarded-Proto
 * (https → Secure cookies and HSTS) is believed.
 */
export interface TrustedProxies {
  has(address: string): boolean;
}

/** IPv4-mapped IPv6 (::ffff:192.0.2.1) as plain IPv4; brackets and zone ids removed. */
export function normalizeAddress(address: string): string {
  let a = address.trim().replace(/^\[|\]$/g, "");
  const zone = a.indexOf("%");
  if (zone >= 0) a = a.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a;
}

/**
 * Parses TRUST_PROXY: a comma-separated list of addresses and CIDR ranges (e.g.
 * `10.0.0.5, 192.168.10.0/24, ::1`), or `loopback`. Empty → null (no proxy is believed).
 * Throws on an entry that is not an address, so a typo stops the start instead of being ignored.
 */
export function parseTrustProxy(value: string | undefined | null): TrustedProxies | null {
  const entries = (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [addr, bits, extra] = entry.split("/");
    const family = isIP(addr);
    const prefix = bits === undefined ? null : Number(bits);
    const max = family === 4 ? 32 : 128;
    if (
      !family ||
      extra !== undefined ||
      (prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max))
    )
      throw new Error(`TRUST_PROXY: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === null) list.addAddress(addr, type);
    else list.addSubnet(addr, prefix, type);
  }
  return {
    has(address: string) {
      const a = normalizeAddress(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/** The client's address given the socket peer and the X-Forwarded-For header. */
export function clientAddress(
  peer: string,
  forwardedFor: string | undefined,
  trusted: TrustedProxies | null,
): string {
  const socket = normalizeAddress(peer);
  if (!trusted || !forwardedFor || !trusted.has(socket)) return socket;
  const hops = forwardedFor.split(",").map(normalizeAddress);
  let client = socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (!isIP(hop)) break; // a malformed hop: stop at the last address that was believed
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}

/** Did the request reach the trusted proxy over HTTPS (X-Forwarded-Proto from a trusted peer)? */
export function forwardedHttps(
  peer: string,
  forwardedProto: string | undefined,
  trusted: TrustedProxies | null,
): boolean {
  if (!trusted || !forwardedProto || !trusted.has(peer)) return false;
  // A chain of proxies may append: the value the trusted proxy wrote is the last one.
  const last = forwardedProto.split(",").at(-1)?.trim().toLowerCase();
  return last === "https";
}
