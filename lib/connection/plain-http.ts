/**
 * Whether an API URL may use plain http://. The token goes with every request, so over http it
 * crosses the network in clear text; that is acceptable only where the traffic never leaves this
 * machine or the private network: loopback, private and link-local addresses, and names that no
 * public DNS can serve (RFC 6761/6762/8375, single-label intranet names). A public name could
 * resolve to a private address, but the options page cannot know that before connecting, so it
 * errs on the side of the token.
 */
export function mayUsePlainHttp(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host.includes(':')) return isPrivateIpv6(host);
  const ipv4 = parseIpv4(host);
  if (ipv4) return isPrivateIpv4(ipv4);
  if (!host.includes('.')) return true; // `localhost`, `context`: names only an intranet resolves
  return /\.(localhost|local|internal|home\.arpa|lan|test)$/.test(host);
}

export const PLAIN_HTTP_MESSAGE =
  'Use https:// for this API URL: over plain http:// your API token would cross the network in clear text. Plain http:// is only for a server on this computer or your private network (localhost, 127.0.0.1, 10.x.x.x, 192.168.x.x, *.internal).';

function parseIpv4(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function isPrivateIpv4([a, b]: number[]): boolean {
  return (
    a === 127 || // loopback
    a === 10 ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) || // link-local
    (a === 100 && b! >= 64 && b! <= 127) // carrier-grade NAT, used by VPNs such as Tailscale
  );
}

function isPrivateIpv6(host: string): boolean {
  if (host === '::1') return true;
  // An IPv4 address written as IPv6 (the URL parser gives ::ffff:a00:1 for ::ffff:10.0.0.1).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return isPrivateIpv4([high >> 8, high & 255, low >> 8, low & 255]);
  }
  // Unique local (fc00::/7) and link-local (fe80::/10).
  return /^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host);
}
