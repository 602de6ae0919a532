import { networkInterfaces } from 'node:os';

/** IPv4 addresses other machines on the LAN can reach us at (students' phones). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

const LOOPBACK = /^(localhost|127\.|\[::1\]|::1)/;

/**
 * The join link: an explicit PUBLIC_URL wins; otherwise the address the host used, unless that was
 * loopback, in which case the LAN address (a phone cannot open "localhost").
 */
export function makeJoinUrl(publicUrl: string | undefined, port: () => number) {
  return (code: string, hostHeader: string | undefined): string => {
    const base =
      publicUrl?.replace(/\/$/, '') ??
      (hostHeader && !LOOPBACK.test(hostHeader)
        ? `http://${hostHeader}`
        : `http://${lanAddresses()[0] ?? 'localhost'}:${port()}`);
    return `${base}/?room=${code}`;
  };
}
