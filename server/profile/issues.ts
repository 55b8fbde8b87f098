/** A problem found in a profile or mapping file, always with the file and line it comes from. */
export interface ProfileIssue {
  file: string;
  line: number;
  path: string;
  message: string;
}

export function formatIssue(issue: ProfileIssue): string {
  return `${issue.file}:${issue.line}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
}

/** Thrown by loadProfile; the message names file, line and field of the first problems. */
export class ProfileError extends Error {
  constructor(
    readonly issues: ProfileIssue[],
    readonly profileId: string,
  ) {
    const shown = issues.slice(0, 10).map(formatIssue).join("\n  ");
    const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more` : "";
    super(`profile "${profileId}" is invalid:\n  ${shown}${more}`);
    this.name = "ProfileError";
  }
}
