#!/usr/bin/env node
// The `pay-elements` command: `npx pay-elements doctor <url>`. dist/node/src/cli/main.js is the build of
// src/cli/main.ts (it runs on import and sets process.exitCode).
await import('../dist/node/src/cli/main.js');
