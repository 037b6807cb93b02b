/**
 * Renders React trees into the test page with react-dom/client inside `act()`, the way a React
 * app mounts, and records anything React reports through console.error (prop warnings,
 * updates outside act), which the tests require to stay empty.
 */
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// Tells React this is a test environment, so it checks that updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLDivElement;
  root: Root;
  /** Renders a new tree into the same root (new props for the same components). */
  rerender(tree: ReactElement): Promise<void>;
}

const mounted: Rendered[] = [];
const reactErrors: string[] = [];
const consoleError = console.error;

export async function render(tree: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const rendered: Rendered = {
    container,
    root,
    rerender: (next) => act(async () => root.render(next)),
  };
  mounted.push(rendered);
  await rendered.rerender(tree);
  return rendered;
}

/** Unmounts everything rendered since the last call and returns React's console errors. */
export async function cleanup(): Promise<string[]> {
  for (const { root, container } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
  return reactErrors.splice(0);
}

/** Call once per test file, at the top level. */
export function watchReactErrors(): void {
  beforeEach(() => {
    reactErrors.length = 0;
    console.error = (...args: unknown[]) => {
      reactErrors.push(args.map(String).join(' '));
      consoleError.apply(console, args);
    };
  });
  afterEach(() => {
    console.error = consoleError;
  });
}

export { act };
