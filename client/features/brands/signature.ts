/**
 * A brand's sign-off as it will read under this agent's replies. Only {{agent.name}} is known before sending;
 * any other placeholder is left for the server to fill in.
 */
export function signatureFor(signature: string, agentName: string): string {
  return signature.replaceAll("{{agent.name}}", agentName);
}
