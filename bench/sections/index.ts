import type { BenchSection } from "../types";
import { accountsSection } from "./accounts";
import { assetsSection } from "./assets";
import { assuranceSection } from "./assurance";
import { auditSection } from "./audit";
import { dashboardSection } from "./dashboard";
import { directorySection } from "./directory";
import { directorySyncSection } from "./directory-sync";
import { httpSection } from "./http";
import { importSection } from "./import";
import { reportsSection } from "./reports";
import { soakSection } from "./soak";
import { startupSection } from "./startup";
import { suppliersSection } from "./suppliers";
import { trainingSection } from "./training";
import { vulnerabilitiesSection } from "./vulnerabilities";
import { webSection } from "./web";

/**
 * Every bench section, in run order (in-process sections run before server sections). A module
 * joins by adding its section here (and, if it needs data, a dataset in bench/generate.ts); the
 * asset list, import, requests and incidents sections of issue 7 join as those modules land.
 */
export const SECTIONS: BenchSection[] = [
  auditSection,
  assetsSection,
  directorySection,
  // Before the accounts section adds its own people: the directory is the generated organization.
  directorySyncSection,
  vulnerabilitiesSection,
  accountsSection,
  suppliersSection,
  trainingSection,
  assuranceSection,
  // After the sections that add IDs, vulnerability matches, training and self-inspection data.
  dashboardSection,
  reportsSection,
  startupSection,
  httpSection,
  webSection,
  soakSection,
  // Last: it adds its rows to the bench database.
  importSection,
];
