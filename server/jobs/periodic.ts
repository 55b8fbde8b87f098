import { nextJstTime } from "../../common/calendar";

/** The next given hour:minute in Japan time strictly after `now`. */
export function nextDailyAt(now: Date, hour: number, minute = 0): Date {
  return nextJstTime(now, hour, minute);
}
