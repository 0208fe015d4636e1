// Product and behavioral questions come in kinds that each need their own structure: a metric
// that fell is diagnosed, not prioritised with RICE; "tell me about yourself" is a pitch, not a
// STAR story. The kind is read from the wording; the playbook for it drives both the model's
// system prompt and the offline outline.
import { type Playbook, section } from '../../../llm/playbook.js';
import { behavioralPlaybook, productManagerPlaybook } from './people.js';

export type ProductKind =
  | 'diagnosis'
  | 'design'
  | 'metrics'
  | 'strategy'
  | 'estimation'
  | 'prioritisation';

const MOVED =
  /\b(drop(ped|s)?|fell|fall(ing|en)?|declin(e|ed|ing)|decreas(e|ed|ing)|down|dip(ped)?|spik(e|ed)|rose|ris(e|en|ing)|jump(ed)?|went (up|down)|increas(e|ed|ing)|worse|plummet(ed)?|stalled|flat)\b/i;
const METRIC =
  /(%|\bpercent\b|\bmetric|\bconversion|\bretention|\bengagement|\bdau\b|\bmau\b|\brevenue|\bsign-?ups?|\borders?\b|\bchurn|\bctr\b|\bclick|\bsessions?\b|\busage|\bbookings?|\bactive users|\bcancellations?|\btime spent|\beta\b|\bnps\b)/i;

export function productKind(question: string): ProductKind {
  const q = question.toLowerCase();
  if (
    /\b(estimate|how many|how much .* (market|storage|bandwidth|revenue))|market size|size (of )?the market|fermi/.test(
      q,
    )
  )
    return 'estimation';
  if (
    (MOVED.test(q) && METRIC.test(q)) ||
    /\b(diagnos|root cause|investigate|what happened|why did)\b/.test(q)
  )
    return 'diagnosis';
  if (/\b(metric|measure|success|kpi|north star|okr)/.test(q)) return 'metrics';
  if (
    /\b(prioriti|roadmap|backlog|deadline|cut scope|what (would|do) you cut|launch plan|trade-?off|sequence|half the (team|engineers))/.test(
      q,
    )
  )
    return 'prioritisation';
  if (
    /\b(should (we|you|the company|they|it|[a-z]+) (enter|launch|build|buy|acquire|expand|add|partner|open|move|compete|respond|go)|strategy|competitor|enter (the|a|this) market|go-to-market|pricing|price |monetis|monetiz|build (or|vs\.?|versus) (buy|partner))/.test(
      q,
    )
  )
    return 'strategy';
  return 'design';
}

const productPlaybook = (
  sections: Playbook['sections'],
  stance: string,
  followUps: Playbook['followUps'],
): Playbook => ({ stance: `${productManagerPlaybook.stance} ${stance}`, sections, followUps });

export const PRODUCT_PLAYBOOKS: Record<ProductKind, Playbook> = {
  diagnosis: productPlaybook(
    [
      section(
        () => 'Clarify the change',
        'Pin down exactly which metric moved, by how much, since when, and compared with what.',
        () => [
          'Which metric exactly (definition, numerator and denominator), by how much, since when, and against what baseline: last week, last year, the forecast?',
          'Is the change sudden (a step: usually a release, an outage or a tracking change) or gradual (a trend: usually the market, seasonality or a slow product decay)?',
        ],
      ),
      section(
        () => 'Rule out data issues',
        'Check the measurement before the product.',
        () => [
          'Did the tracking, the event definitions, the dashboard query or the data pipeline change at the same time? Compare with an independent source (server logs, payments, the app stores).',
          'Check for bots, a broken client version, or a time-zone or deduplication bug that would move the number without moving users.',
        ],
      ),
      section(
        () => 'Segment',
        'Find where the change is concentrated.',
        () => [
          'Split by platform and app version, country, new versus returning users, acquisition channel, device, and the funnel step where users drop out.',
          'A change concentrated in one segment points at its cause: one app version points at a release, one channel at marketing, one country at a local event or competitor.',
        ],
      ),
      section(
        () => 'Hypotheses',
        'Internal and external causes, ranked by likelihood and evidence.',
        () => [
          'Internal: a release or experiment, a pricing or policy change, performance regressions, an outage, a change in marketing spend.',
          'External: seasonality and holidays, a competitor launch, news, an OS or browser update, a partner change.',
          'Rank them by how well each explains the segments above, and by how cheap it is to check.',
        ],
      ),
      section(
        () => 'Validate and act',
        'Confirm the cause with data, fix it, and prevent a repeat.',
        () => [
          'Confirm with the cheapest decisive check: roll back the suspect change for a slice of traffic, or compare users exposed and not exposed.',
          'Fix, then watch the metric recover; add an alert and a release check so the same cause is caught within hours next time.',
        ],
      ),
    ],
    'For a metric that moved, diagnose before proposing anything.',
    () => [
      'How would you tell a tracking bug from a real drop in user behaviour?',
      'Which segment would you look at first, and what would it tell you?',
      'What would you do if no single cause explained the change?',
    ],
  ),
  design: productManagerPlaybook,
  metrics: productPlaybook(
    [
      section(
        (s) => `Goal of ${s.topic}`,
        'State what the product or feature is for, for whom, before choosing metrics.',
        () => [
          'Say the goal in one sentence from the user side (what they get done) and the business side (why the company invests).',
          'Name the user segments and the core action that delivers value.',
        ],
      ),
      section(
        () => 'North star metric',
        'One metric that captures delivered value and leads revenue.',
        () => [
          'Pick one metric that counts the core action done by engaged users over a period (e.g. weekly users completing the core action), not a vanity count such as sign-ups or page views.',
          'Explain why it moves when users get value and why it leads revenue.',
        ],
      ),
      section(
        () => 'Supporting and guardrail metrics',
        'Metrics along the funnel, plus what must not get worse.',
        () => [
          'Supporting: acquisition, activation, retention (day 1/7/30 cohorts), engagement depth, and revenue per user.',
          'Guardrails: quality and trust (complaints, cancellations, latency, crash rate) and effects on other products.',
        ],
      ),
      section(
        () => 'Trade-offs',
        'Where the metrics can pull against each other or be gamed.',
        () => [
          'Say how each metric could be gamed or could rise while users are worse off, and which guardrail catches that.',
        ],
      ),
      section(
        () => 'How to instrument',
        'Events, dashboards and the experiment that proves impact.',
        () => [
          'Define the events and properties to log, the dashboard with targets, and an A/B test with its sample size and duration for any change you ship.',
        ],
      ),
    ],
    'For a metrics question, start from the goal and end with how to measure.',
    (s) => [
      `Which single metric would you put on the dashboard for ${s.topic}, and why that one?`,
      'How would you know if your north star metric were being gamed?',
      'What would you do if the north star metric rose but revenue fell?',
    ],
  ),
  strategy: productPlaybook(
    [
      section(
        () => 'Context',
        'The company, its position, the market and what is driving the question now.',
        () => [
          "What is the company's mission and current position, what changed in the market, and what does success look like in three years?",
        ],
      ),
      section(
        () => 'Options',
        'At least three real options, including doing nothing.',
        () => [
          'List the options: build, partner, buy, enter later, or do nothing, each with what it would take.',
        ],
      ),
      section(
        () => 'Evaluation',
        'Compare the options on the criteria that matter here.',
        () => [
          'Market size and growth, fit with strengths and existing users, competitive response, cost and time to build, and risk to the core business.',
          'A small table of options against criteria makes the trade-off visible.',
        ],
      ),
      section(
        () => 'Recommendation',
        'Choose, and say what would change your mind.',
        () => [
          'Recommend one option with the first concrete step, the metric that would prove it, and the signal that would make you stop.',
        ],
      ),
      section(
        () => 'Risks',
        'What could go wrong and how you would limit it.',
        () => ['Name the top three risks with a mitigation for each.'],
      ),
    ],
    'For a strategy question, compare real options and make a call.',
    () => [
      'What would make you change your recommendation?',
      'How would a competitor most likely respond, and what would you do then?',
      'What is the smallest experiment that would test your recommendation?',
    ],
  ),
  estimation: productPlaybook(
    [
      section(
        () => 'Approach',
        'Pick a top-down or bottom-up structure and say it out loud.',
        () => [
          'Choose the structure before any number: top-down from population (people → share who qualify → usage rate) or bottom-up from supply (units → capacity → utilisation).',
        ],
      ),
      section(
        () => 'Assumptions',
        'Round, stated, defensible numbers.',
        () => [
          'Write each assumption with a one-line reason, rounded so the arithmetic stays mental (e.g. 330 M people in the US, 2.5 per household).',
        ],
      ),
      section(
        () => 'Calculation',
        'The arithmetic, step by step.',
        () => [
          'Multiply through step by step, keeping units visible at each step, and round at the end.',
        ],
        { estimates: true },
      ),
      section(
        () => 'Sanity check',
        'Check the result against something known.',
        () => [
          "Compare with an independent figure (a known company's revenue, a per-person rate) and say which assumption the answer is most sensitive to.",
        ],
      ),
    ],
    'For an estimate, structure first, then numbers, then a sanity check.',
    () => [
      'Which assumption is your estimate most sensitive to?',
      'How would you estimate it the other way round, bottom-up instead of top-down?',
      'How would you check your estimate with real data?',
    ],
  ),
  prioritisation: productPlaybook(
    [
      section(
        () => 'Constraints',
        'The goal, capacity, deadline and what cannot move.',
        () => [
          'Restate the goal and the fixed constraints: team size, deadline, commitments already made, dependencies.',
        ],
      ),
      section(
        () => 'Options',
        'Everything on the table, made comparable.',
        () => ['List the candidate items with the user problem each solves and its rough effort.'],
      ),
      section(
        () => 'Prioritisation',
        'A method that fits, applied openly.',
        () => [
          'Use cost of delay divided by duration when time matters most, RICE (reach x impact x confidence / effort) for a feature backlog, MoSCoW to cut scope for a deadline.',
          'Say what you will not do and why; cutting is most of prioritisation.',
        ],
      ),
      section(
        () => 'Plan',
        'Sequence, milestones and checkpoints.',
        () => [
          'Sequence the work into milestones with a check after each, and keep a small buffer for the unknown.',
        ],
      ),
      section(
        () => 'Communication',
        'Who hears what, and when.',
        () => [
          'Tell stakeholders early what moves and why, with the data behind it; agree how and when the plan will be revisited.',
        ],
      ),
    ],
    'For prioritisation and execution, make the trade-offs explicit.',
    () => [
      'What would you cut first if you lost another engineer?',
      'How would you handle a stakeholder whose item did not make the cut?',
      'How do you know your prioritisation was right after the quarter?',
    ],
  ),
};

export type BehavioralKind = 'introduction' | 'motivation' | 'self-assessment' | 'story';

export function behavioralKind(question: string): BehavioralKind {
  const q = question.toLowerCase();
  if (
    /tell me about yourself|walk me through your (cv|resume|résumé|background|career)|introduce yourself/.test(
      q,
    )
  )
    return 'introduction';
  if (
    /why (do you want|are you interested|this (company|role|team)|us\b|should we hire)|why are you leaving|what motivates you/.test(
      q,
    )
  )
    return 'motivation';
  if (
    /(greatest|biggest|main) (strength|weakness)|strengths and weaknesses|where do you see yourself/.test(
      q,
    )
  )
    return 'self-assessment';
  return 'story';
}

export const BEHAVIORAL_PLAYBOOKS: Record<BehavioralKind, Playbook> = {
  story: behavioralPlaybook,
  introduction: {
    stance:
      'You are coaching a candidate on their opening pitch: 60 to 90 seconds, present → past → future, ' +
      'tailored to the role, ending on why this role.',
    sections: [
      section(
        () => 'Present',
        'Who you are professionally today, in one or two sentences.',
        () => [
          'Your current role, team and the one thing you are known for, with a number if you have one ("I lead payments reliability at a 40-person fintech; we cut failed charges by 30% this year").',
        ],
      ),
      section(
        () => 'Past',
        'Two or three steps that explain how you got here.',
        () => [
          'Pick two or three experiences that build towards this role, each with one concrete achievement; skip the rest of the CV.',
        ],
      ),
      section(
        () => 'Future',
        'Why this role is the natural next step.',
        () => [
          'Say what you want to do next and why this company and role are where you can do it; end with a line the interviewer can pick up.',
        ],
      ),
      section(
        () => 'Delivery',
        'Length, tone and what to leave out.',
        () => [
          'Keep it to 60-90 seconds, rehearse it without memorising it, and leave out personal history, salary and complaints about past employers.',
        ],
      ),
    ],
    followUps: () => [
      'What are you most proud of in your current role?',
      'Why are you looking to leave your current job now?',
      'What do you want to learn in your next role?',
    ],
  },
  motivation: {
    stance:
      'You are coaching a candidate on a motivation question: specific reasons about this company and ' +
      'role, the fit with their experience, and what they would contribute.',
    sections: [
      section(
        () => 'What draws you to this company',
        'Specific, researched reasons.',
        () => [
          'Name two specific things: the product or mission, a recent launch, the engineering culture, a problem they are solving that you care about. Generic praise ("great culture") does not count.',
        ],
      ),
      section(
        () => 'Why you fit',
        'The link between your experience and what the role needs.',
        () => ['Connect one or two of your achievements to what the role needs, with numbers.'],
      ),
      section(
        () => 'What you would contribute',
        'How you would add value in the first months.',
        () => [
          'Say what you would bring and learn; keep it forward-looking and positive, never a complaint about your current employer.',
        ],
      ),
    ],
    followUps: () => [
      'What do you know about our product, and what would you change?',
      'What other companies are you talking to, and why us?',
      'What would make you turn down an offer from us?',
    ],
  },
  'self-assessment': {
    stance:
      'You are coaching a candidate on a self-assessment question: honest, specific, with evidence and ' +
      'a clear link to the role.',
    sections: [
      section(
        () => 'Name it precisely',
        'One real strength, weakness or goal, not a disguised boast.',
        () => [
          'Name one specific trait ("I over-invest in polishing internal docs"), not a cliché ("I\'m a perfectionist").',
        ],
      ),
      section(
        () => 'Evidence',
        'A short example that shows it.',
        () => ['Give one concrete example with its effect, in two or three sentences.'],
      ),
      section(
        () => 'What you do about it',
        'The habit or plan, and its result so far.',
        () => [
          'For a weakness: the corrective habit and the evidence it is working. For a strength or goal: how it serves this role and how you keep growing it.',
        ],
      ),
    ],
    followUps: () => [
      'Can you give another example of that?',
      'How would your last manager describe you?',
      'What feedback have you received that surprised you?',
    ],
  },
};
