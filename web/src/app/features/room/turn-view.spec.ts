import { TestBed } from '@angular/core/testing';
import { FakeFetch } from '../../../testing/fake-fetch';
import { testProviders } from '../../../testing/providers';
import type { AgentInfo, RoutingData } from '../../core/api/api-types';
import type { Turn } from './conversation';
import { TurnView } from './turn-view';

const AGENTS: AgentInfo[] = [
  { id: 'architect', name: 'Software Architect', specializations: [], best_for: [] },
  { id: 'product_manager', name: 'Product Manager', specializations: [], best_for: [] },
];

function turn(routing: RoutingData): Turn {
  return {
    id: 1,
    question: 'How would you build an identity platform that lifts sign-up conversion?',
    context: null,
    forcedAgent: null,
    status: 'streaming',
    routing,
    answer: '',
    followUps: [],
    wordCount: null,
    error: null,
    savedQuestionId: null,
    saveError: null,
    saving: false,
  };
}

describe('TurnView routing', () => {
  async function badge(routing: RoutingData) {
    TestBed.configureTestingModule({
      imports: [TurnView],
      providers: testProviders(new FakeFetch()),
    });
    const fixture = TestBed.createComponent(TurnView);
    fixture.componentRef.setInput('turn', turn(routing));
    fixture.componentRef.setInput('agents', AGENTS);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return {
      text: el.querySelector('[data-testid="agent-badge"]')?.textContent?.replace(/\s+/g, ' '),
      confidence: el.querySelector('[data-testid="confidence"]')?.textContent?.trim(),
      closeCall: el.querySelector('[data-testid="close-call"]')?.textContent?.trim() ?? null,
      uncertain: !!el.querySelector('.badge.uncertain'),
    };
  }

  it('shows a confident pick with its confidence as a percentage, and no close-call chip', async () => {
    const shown = await badge({
      selected_agent: 'product_manager',
      confidence: 0.9681,
      reasoning: 'Matched product_manager cues: "conversion fell" (confidence 0.97)',
      router: 'classifier',
    });
    expect(shown.text).toContain('Product Manager');
    expect(shown.confidence).toBe('97%');
    expect(shown.closeCall).toBeNull();
    expect(shown.uncertain).toBe(false);
    expect(shown.text).toContain('Matched product_manager cues: "conversion fell"');
  });

  it('shows a close call as one: a chip naming the runner-up, and no filled badge', async () => {
    const shown = await badge({
      selected_agent: 'architect',
      confidence: 0.5,
      reasoning:
        'Close call between architect (0.50) and product_manager (0.41); architect cues: "identity platform"',
      router: 'classifier',
    });
    expect(shown.text).toContain('Software Architect');
    expect(shown.confidence).toBe('50%');
    expect(shown.closeCall).toContain('Close call with Product Manager (41%)');
    expect(shown.uncertain).toBe(true);
  });

  it('sees a close call behind the follow-up prefix too', async () => {
    const shown = await badge({
      selected_agent: 'architect',
      confidence: 0.44,
      reasoning:
        'A follow-up, kept with the conversation: Close call between architect (0.44) and product_manager (0.40); no topic words matched, the phrasing is closest to architect questions',
      router: 'classifier',
    });
    expect(shown.closeCall).toContain('Close call with Product Manager (40%)');
  });

  it('keeps a follow-up that was a clear pick as a clear pick', async () => {
    const shown = await badge({
      selected_agent: 'architect',
      confidence: 0.9,
      reasoning:
        'A follow-up, kept with the conversation: Matched architect cues: "identity platform" (confidence 0.90)',
      router: 'classifier',
    });
    expect(shown.closeCall).toBeNull();
    expect(shown.confidence).toBe('90%');
  });

  it('says the user chose the agent instead of claiming 100% confidence', async () => {
    const shown = await badge({
      selected_agent: 'architect',
      confidence: 1,
      reasoning: 'The request asked for the architect agent',
      router: 'forced',
    });
    expect(shown.confidence).toBeUndefined();
    expect(shown.text).toContain('your choice');
    expect(shown.text).not.toContain('100%');
  });
});
