/// <reference types="node" />
/**
 * `node --import tsx sandbox/main.ts [--port 5174] [--host 127.0.0.1]`: starts the provider
 * sandbox and prints its origin (the same command as `npx pay-elements sandbox`).
 */
import { runSandboxCommand } from './cli.js';

process.exitCode = await runSandboxCommand(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
