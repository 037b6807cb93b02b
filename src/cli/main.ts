/// <reference types="node" />
/**
 * The `pay-elements` command (bin/pay-elements.mjs imports the build of this file, dist/node/src/cli/main.js).
 * Running it on import is the point: the bin has nothing else to do.
 */
import { runSandboxCommand, SANDBOX_USAGE } from '../../sandbox/cli.js';
import { doctor, doctorLocale, doctorTranslator, doctorUsage, type Io } from './doctor.js';

/** The whole usage, the doctor's part in the environment's language. */
async function usage(): Promise<string> {
  const locale = doctorLocale([], process.env);
  const doctorPart = doctorUsage(await doctorTranslator(typeof locale === 'string' ? locale : 'en'));
  return `Usage: pay-elements <command>

Commands:
  doctor <url> [--provider <name>] [--return-url <url>] [--timeout <ms>] [--lang <tag>] [--json]
                                 check a page's COOP/CSP/Trusted Types for payment providers
  sandbox [--port <n>]           start the local provider sandbox (offline stand-ins)

${doctorPart}

${SANDBOX_USAGE}`;
}

/** Dispatches a command; resolves with the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'doctor') return doctor(rest, io);
  if (command === 'sandbox') return runSandboxCommand(rest, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(await usage());
    return 0;
  }
  io.err(command ? `Unknown command ${command}\n\n${await usage()}` : await usage());
  return 2;
}

const io: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

process.exitCode = await runCli(process.argv.slice(2), io);
