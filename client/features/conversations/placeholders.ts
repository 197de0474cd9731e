/**
 * Canned replies carry placeholders ({{contact.first_name}}, {{agent.name}}, {{brand.name}}…) filled in when the
 * agent picks one, so the agent reads and can edit the real text before sending. A placeholder the console cannot
 * fill stays as written, visibly, for the agent to replace.
 */

export interface PlaceholderValues {
  contact: { name: string };
  agent: { name: string };
  brand: { name: string };
}

export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  const known: Record<string, string> = {
    "contact.name": values.contact.name,
    "contact.first_name": firstNameOf(values.contact.name),
    "agent.name": values.agent.name,
    "agent.first_name": firstNameOf(values.agent.name),
    "brand.name": values.brand.name,
  };
  return text.replace(/\{\{\s*([a-z_.]+)\s*\}\}/g, (whole, key: string) => {
    const value = known[key];
    return value === undefined || value === "" ? whole : value;
  });
}
