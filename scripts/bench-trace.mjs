// Turns the samples bench-page.mjs takes into figures. Each sample is bracketed by the marks
// `pay-bench <name> start|end`; Chromium's trace gives every mark the main thread's CPU clock
// (`tts`, µs), so a sample's CPU time is what the page itself spent, however often the 2-core
// machine handed the CPU to something else meanwhile. The page's wall times are the fallback.

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Main-thread CPU milliseconds of each sample in a trace, by sample name; null without thread clocks. */
export function cpuTimesFromTrace(traceEvents) {
  const starts = new Map();
  const ends = new Map();
  for (const event of traceEvents) {
    const match = /^pay-bench (.+) (start|end)$/.exec(event.name ?? '');
    if (!match || event.cat !== 'blink.user_timing') continue;
    if (typeof event.tts !== 'number') return null;
    (match[2] === 'start' ? starts : ends).set(match[1], event.tts);
  }
  const times = new Map();
  for (const [name, end] of ends) if (starts.has(name)) times.set(name, (end - starts.get(name)) / 1000);
  return times;
}

/** `wall` with each sample replaced by its CPU time when the trace has it (samples named `${prefix} ${i}`). */
function cpuOr(cpu, prefix, wall) {
  if (!cpu) return wall;
  return wall.map((ms, i) => cpu.get(`${prefix} ${i}`) ?? ms);
}

/**
 * Mount figures: medians per side, and the ratio as the median of the per-pair ratios (both
 * sides of a pair ran back to back, so a slow phase of the machine cancels out).
 */
export function mountFigures(wall, cpu) {
  const element = cpuOr(cpu, 'mount element', wall.element);
  const hand = cpuOr(cpu, 'mount hand', wall.hand);
  return {
    ratio: median(element.map((ms, i) => ms / hand[i])),
    elementMs: median(element),
    handMs: median(hand),
    wallRatio: median(wall.element.map((ms, i) => ms / wall.hand[i])),
    runs: element.length,
    count: wall.count,
  };
}

/**
 * Typed-digit figures: the mean per round of each side, then the median over the rounds, less
 * what an empty sample costs (its marks and awaits: most of the hand-built side's time).
 */
export function typingFigures(wall, cpu) {
  const overhead = median(cpuOr(cpu, 'type empty', wall.empty));
  const side = (name, rounds) =>
    Math.max(0, median(rounds.map((times, round) => mean(cpuOr(cpu, `type ${name} ${round}`, times)))) - overhead);
  const elementMs = side('element', wall.element);
  const handMs = side('hand', wall.hand);
  return {
    elementMs,
    handMs,
    ratio: elementMs / handMs,
    overheadMs: overhead,
    wallElementMs: median(wall.element.map(mean)) - median(wall.empty),
    digits: wall.element[0].length,
    rounds: wall.element.length,
  };
}
