import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandboxApp, type SandboxSettings } from './app.js';

export interface SandboxOptions extends SandboxSettings {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the sandbox never listens beyond this machine unless asked. */
  host?: string;
}

export interface RunningSandbox {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Stops listening, drops open connections (stalled ones too) and ends pending waits. */
  close(): Promise<void>;
}

/** Starts the provider sandbox: a real HTTP server on its own origin. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const { app, dispose } = createSandboxApp(options);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    origin,
    close() {
      closing ??= new Promise<void>((resolve) => {
        dispose();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
