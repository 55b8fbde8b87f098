/**
 * Loads every module of the app so that each has registered its key, its registers and the
 * profile rules it reads (`server/profile/consumers.ts`). The app imports every module, so the
 * registry is exactly what this build contains — nothing kept by hand.
 */
import "./app";

export { registeredModules, registeredRegisters } from "./profile/consumers";
