import { type Playbook, section } from '../../../llm/playbook.js';

export const behavioralPlaybook: Playbook = {
  stance:
    'You are coaching a candidate for a behavioral interview. Answer in the first person with the STAR ' +
    'method: Action is about half the answer, the Result is quantified, and end with what was learned. ' +
    'Aim for 300 to 400 words.',
  sections: [
    section(
      () => 'Situation',
      'Two or three sentences of context: team, stakes, timeline.',
      (s) => [
        `Pick one real story that fits "${s.question}". Set the scene in two or three sentences: the team, what was at stake, the deadline.`,
        'Say "I", not "we", and keep it to about 15% of the answer.',
      ],
    ),
    section(
      () => 'Task',
      'Your specific responsibility.',
      () => ['State what you personally had to achieve or decide, and why it was hard.'],
    ),
    section(
      () => 'Action (about half the answer)',
      'What you did, step by step, and why.',
      () => [
        'Walk through three or four concrete steps you took, each with the reason behind it.',
        'Show the skill the question is probing (influence, judgement, ownership, resilience) in what you did, not in adjectives.',
        'Include one moment where you changed course or handled pushback.',
      ],
    ),
    section(
      () => 'Result',
      'The outcome, with numbers.',
      () => [
        'Quantify it: time saved, revenue, error rate, customer satisfaction, delivery date met. If the outcome was mixed, say so honestly.',
      ],
    ),
    section(
      () => 'What I learned',
      'The lesson and how you apply it now.',
      () => ['Close with one lesson and a later situation where you applied it.'],
    ),
  ],
  followUps: (s) =>
    s.story
      ? [
          `Looking back on the time you ${s.story}, what would you do differently?`,
          `How did the other people involved react when you ${s.story}?`,
          `What did you learn from the time you ${s.story}, and where have you used it since?`,
          `Tell me about another time you ${s.story}. How did it go?`,
        ]
      : [
          `Which story from your own experience best backs up your answer to "${s.question}"?`,
          `What would your last manager say about your answer to "${s.question}"?`,
          `How has your answer to "${s.question}" changed over your career?`,
        ],
};

export const productManagerPlaybook: Playbook = {
  stance:
    'You are a senior product manager answering a product interview question. Structure beats ' +
    'brilliance: clarify the goal and users, pick a framework that fits, prioritise, define success.',
  sections: [
    section(
      (s) => `Clarify the goal and the users of ${s.topic}`,
      'Ask about the business goal, the users and constraints before proposing anything.',
      (s) => [
        `What is the goal behind ${s.topic}: growth, engagement, retention, revenue? Which one matters most right now?`,
        'Which user segments are affected, and which one will you focus on first?',
        'Constraints: timeline, team, platform, regulation.',
      ],
    ),
    section(
      () => 'Framework',
      'Choose the framework that fits the question (CIRCLES, RICE, AARRR, HEART, north-star metric) and apply it.',
      () => [
        'Product design or improvement: CIRCLES (comprehend, identify the customer, report needs, cut through prioritisation, list solutions, evaluate trade-offs, summarise).',
        'Prioritisation: RICE (reach x impact x confidence / effort). Growth or funnel problems: AARRR. User experience quality: HEART.',
      ],
    ),
    section(
      () => 'Options and prioritisation',
      'Generate several options, then prioritise them explicitly.',
      (s) => [
        `List three to five options for ${s.topic}, from quick wins to bigger bets, each tied to a user pain point.`,
        'Score them (e.g. with RICE) and pick one to start with; say what you would not do and why.',
      ],
    ),
    section(
      () => 'Success metrics',
      'A primary metric, supporting metrics and guardrails.',
      () => [
        'One primary metric tied to the goal (e.g. weekly active users completing the core action), two or three supporting metrics, and guardrail metrics you must not hurt.',
        'How you would measure it: an A/B test, with the sample size and duration it needs.',
      ],
    ),
    section(
      () => 'Risks and trade-offs',
      'What could go wrong and what you trade away.',
      () => [
        'Risks to users, the business and delivery, with a mitigation for each; the trade-off you are making and why it is acceptable.',
      ],
    ),
  ],
  followUps: (s) => [
    `How would you measure the success of ${s.topic}?`,
    `Which user segment would you prioritise first for ${s.topic}, and why?`,
    `What would you cut from ${s.topic} if you had half the time?`,
    `How would you handle a stakeholder who disagrees with your plan for ${s.topic}?`,
  ],
};
