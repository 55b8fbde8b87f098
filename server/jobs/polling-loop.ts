import { loggerFor } from "../log";

const log = loggerFor("poll");

export interface PollingLoopOptions {
  /** One round: claims and handles what is due; returns how many rows it claimed. */
  round: () => Promise<number>;
  /** A full batch means more may be waiting: the next round starts at once. */
  batchSize: number;
  /** Pause after a round that found less than a full batch. */
  pollMs: number;
  /** Names the loop in the log when a round throws (the loop goes on). */
  name: string;
  /** Runs once before the first round (e.g. scheduling periodic jobs). */
  beforeFirstRound?: () => Promise<void>;
}

export interface PollingLoop {
  start(): void;
  /** Stops scheduling and waits for the round in progress, if any. */
  stop(): Promise<void>;
}

/**
 * The loop behind the job worker and the mail dispatcher: one round at a time, never two at once
 * in one process, and `stop()` returns only when no round is running.
 */
export function pollingLoop(options: PollingLoopOptions): PollingLoop {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = (async () => {
        let claimed = 0;
        try {
          claimed = await options.round();
        } catch (err) {
          log.error({ err, loop: options.name }, "polling round failed");
        }
        running = null;
        schedule(claimed >= options.batchSize ? 0 : options.pollMs);
      })();
    }, delay);
    timer.unref?.();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      const first = options.beforeFirstRound;
      if (!first) return schedule(0);
      running = first()
        .catch((err) => log.error({ err, loop: options.name }, "before first round failed"))
        .finally(() => {
          running = null;
          schedule(0);
        });
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      while (running) await running;
    },
  };
}
