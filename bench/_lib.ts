/** Shared bench helpers: JSON-line output and robust timing statistics. */
export function report(bench: string, metric: string, value: number, unit: string): void {
  console.log(JSON.stringify({ bench, metric, value: Number(value.toPrecision(4)), unit }))
}

export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

/** Times `fn` once per input, after a warm-up, returning per-call milliseconds. */
export function timeEach<T>(inputs: T[], fn: (input: T) => unknown, warmup = 50): number[] {
  for (let i = 0; i < Math.min(warmup, inputs.length); i++) fn(inputs[i])
  return inputs.map((input) => {
    const start = performance.now()
    fn(input)
    return performance.now() - start
  })
}
