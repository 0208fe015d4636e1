// A TCP proxy on loopback between the app and PostgreSQL, to cut the database off the way a
// network does: `stop()` refuses new connections and breaks the open ones (a restart, a crash),
// `blackhole()` accepts connections but lets nothing through either way (a silent cut, a
// firewall dropping packets), `start()` restores the link on the same port.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  blackhole(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let silent = false;
  let server: net.Server | undefined;

  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const onConnection = (client: net.Socket) => {
    track(client);
    if (silent) return; // accepted, then nothing: no upstream, no answer
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    const pipe = (from: net.Socket, to: net.Socket) => {
      from.on('data', (chunk) => {
        if (!silent) to.write(chunk);
      });
      from.on('close', () => to.destroy());
    };
    pipe(client, upstream);
    pipe(upstream, client);
  };

  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = net.createServer(onConnection);
      server = listening;
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const closeServer = async () => {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };

  await listen();
  return {
    get port() {
      return port;
    },
    async start() {
      // Data dropped while silent leaves those connections' protocol streams broken: they go.
      if (silent) for (const socket of sockets) socket.destroy();
      silent = false;
      if (!server) await listen();
    },
    stop: closeServer,
    blackhole() {
      silent = true;
    },
    close: closeServer,
  };
}
