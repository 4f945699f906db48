/**
 * Runs `task` once the page is idle after its first render: for data that is secondary on a screen (the unread badge),
 * so its fetch and the code it loads do not delay what the screen is for. weapp runs it on the next tick.
 */
export function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number }).requestIdleCallback
  if (process.env.TARO_ENV === 'h5' && idle) idle(task, { timeout: 1500 })
  else setTimeout(task, 0)
}
