// e2e-server: profile=kawasaki demo
/** Issue 14: every screen of 川崎市 as each persona — labels only, axe clean (e2e/lib/label-walk.ts). */
import { labelWalk } from "./lib/label-walk";

labelWalk("kawasaki");
