// The timing loop shared by the Node.js and the browser benchmark. Timers in browsers are coarse
// (5 µs to 100 µs), so each sample is the mean of a batch of calls, and the result is the median
// of the samples.

/**
 * Calls `run(text, options)` `plan.warmup` times, then takes `plan.samples` samples of
 * `plan.batch` calls each. Returns the median and the spread of the per-call means, in µs.
 */
export function measure(run, text, options, plan) {
  for (let index = 0; index < plan.warmup; index += 1) {
    run(text, options);
  }

  const means = [];
  for (let sample = 0; sample < plan.samples; sample += 1) {
    const start = performance.now();
    for (let index = 0; index < plan.batch; index += 1) {
      run(text, options);
    }
    means.push(((performance.now() - start) * 1000) / plan.batch);
  }

  means.sort((a, b) => a - b);
  const at = (fraction) => means[Math.min(means.length - 1, Math.floor(fraction * means.length))];
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), calls: plan.samples * plan.batch };
}
