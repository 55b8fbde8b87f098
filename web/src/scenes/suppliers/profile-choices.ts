import { useProfile } from "../../hooks";

interface LevelChoice {
  key: string;
  label: string;
  labelEn?: string;
}
interface ZoneChoice {
  key: string;
  name: { ja: string; en: string };
}
/** The part of GET /api/profile these screens read (its schema passes the rest through). */
interface ProfileChoices {
  classification?: { confidentiality?: { levels?: LevelChoice[] } };
  zones?: ZoneChoice[];
}

/** The profile's confidentiality levels and network zones, for selects. */
export function useProfileChoices(): { levels: LevelChoice[]; zones: ZoneChoice[] } {
  const profile = useProfile();
  const p = profile.data as ProfileChoices | undefined;
  return { levels: p?.classification?.confidentiality?.levels ?? [], zones: p?.zones ?? [] };
}
