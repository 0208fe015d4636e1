// The six specialist agents: how they present themselves and the playbook they answer with.
import type { AgentId } from '../../llm/agent-ids.js';
import type { Playbook } from '../../llm/playbook.js';
import { architectPlaybook, systemDesignPlaybook } from './playbooks/design.js';
import { codingPlaybook, technicalPlaybook } from './playbooks/engineering.js';
import {
  BEHAVIORAL_PLAYBOOKS,
  behavioralKind,
  PRODUCT_PLAYBOOKS,
  productKind,
} from './playbooks/kinds.js';
import { behavioralPlaybook, productManagerPlaybook } from './playbooks/people.js';

export interface AgentProfile {
  id: AgentId;
  name: string;
  specializations: string[];
  best_for: string[];
  playbook: Playbook;
}

export const AGENTS: Record<AgentId, AgentProfile> = {
  product_manager: {
    id: 'product_manager',
    name: 'Product Manager',
    specializations: ['Product Strategy', 'Prioritization', 'Frameworks', 'Metrics'],
    best_for: ['Product design questions', 'Feature prioritization', 'Product metrics and growth'],
    playbook: productManagerPlaybook,
  },
  technical: {
    id: 'technical',
    name: 'Technical',
    specializations: [
      'Computer Science Fundamentals',
      'Languages and Runtimes',
      'Databases',
      'Networking',
    ],
    best_for: [
      'Explain-a-concept questions',
      'Technology comparisons',
      'How-does-it-work questions',
    ],
    playbook: technicalPlaybook,
  },
  architect: {
    id: 'architect',
    name: 'Software Architect',
    specializations: [
      'Architecture Styles',
      'Microservices',
      'Event-Driven Design',
      'Domain-Driven Design',
    ],
    best_for: ['Architecture decisions', 'Migration strategies', 'Non-functional requirements'],
    playbook: architectPlaybook,
  },
  coding: {
    id: 'coding',
    name: 'Coding',
    specializations: ['Algorithms', 'Data Structures', 'Complexity Analysis', 'Clean Code'],
    best_for: ['Live coding problems', 'Algorithm questions', 'Implement-this questions'],
    playbook: codingPlaybook,
  },
  behavioral: {
    id: 'behavioral',
    name: 'Behavioral',
    specializations: ['STAR Method', 'Leadership', 'Conflict Resolution', 'Career Story'],
    best_for: ['Tell-me-about-a-time questions', 'Culture fit', 'Motivation questions'],
    playbook: behavioralPlaybook,
  },
  system_design: {
    id: 'system_design',
    name: 'System Design',
    specializations: ['Distributed Systems', 'Scalability', 'Architecture', 'Capacity Planning'],
    best_for: ['System design interviews', 'Architecture questions', 'Scaling a service'],
    playbook: systemDesignPlaybook,
  },
};

/**
 * The playbook for this question: the agent's own, or for product and behavioral questions the
 * one that fits the question's kind (a metric that fell, an estimate, "tell me about yourself").
 */
export function playbookFor(agent: AgentId, question: string): Playbook {
  if (agent === 'product_manager') return PRODUCT_PLAYBOOKS[productKind(question)];
  if (agent === 'behavioral') return BEHAVIORAL_PLAYBOOKS[behavioralKind(question)];
  return AGENTS[agent].playbook;
}
