/** The specialist agents a question can be routed to, in a fixed order that models index by. */
export const AGENT_IDS = [
  'product_manager',
  'technical',
  'architect',
  'coding',
  'behavioral',
  'system_design',
] as const;

export type AgentId = (typeof AGENT_IDS)[number];

export function isAgentId(value: unknown): value is AgentId {
  return typeof value === 'string' && (AGENT_IDS as readonly string[]).includes(value);
}
