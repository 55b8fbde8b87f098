// e2e-server: profile=nishihara demo
/** Issue 14: every screen of 西原村 as each persona — labels only, axe clean (e2e/lib/label-walk.ts). */
import { labelWalk } from "./lib/label-walk";

labelWalk("nishihara");
