import { connect, createServer, type Socket } from 'node:net';

/** A TCP proxy to a local service that a test can cut off and restore, as an outage would. */
export interface TcpProxy {
  port: number;
  /** Drops every connection, and every new one at once, until restored. */
  cut(): Promise<void>;
  restore(): Promise<void>;
  /** Connections dropped on arrival since the proxy started: the clients' retries. */
  refused(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(
  targetPort: number,
  targetHost = '127.0.0.1',
): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let isCut = false;
  let refused = 0;
  const server = createServer((client) => {
    client.on('error', () => undefined);
    if (isCut) {
      refused++;
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    port: (server.address() as { port: number }).port,
    cut: async () => {
      isCut = true;
      dropAll();
    },
    restore: async () => {
      isCut = false;
    },
    refused: () => refused,
    close: async () => {
      dropAll();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
