// Dev-server plugins for the test run (pages served with real headers, etc.).
// Each feature adds its own middleware here.
import { diagnosticsServerPlugin } from './diagnostics-server.mjs';
import { sandboxPlugin } from './sandbox-plugin.mjs';
import { flowsServerPlugin } from '../fixtures/flows/flows-server.mjs';
import { forcedColorsPlugin } from './forced-colors-plugin.mjs';

export function testServerPlugins() {
  return [diagnosticsServerPlugin(), sandboxPlugin(), flowsServerPlugin(), forcedColorsPlugin()];
}
