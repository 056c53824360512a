import { INCIDENT_LIMITS } from "@/lib/incidents/incident-limits";

/**
 * The longest user name or email believed from a proxy header or an ID token (pure). A
 * signed-in user's name is stored as reporter and author, whose limit this is (an email
 * address has at most 254 characters); longer, every write of theirs would be refused
 * at a field they never sent. Counted as the schemas count (UTF-16 code units).
 */
export const MAX_IDENTITY_LENGTH = INCIDENT_LIMITS.reporter;
