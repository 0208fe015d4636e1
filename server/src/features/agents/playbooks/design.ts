import { type Playbook, section } from '../../../llm/playbook.js';

export const systemDesignPlaybook: Playbook = {
  stance:
    'You are a staff engineer coaching a candidate through a system design interview. Drive the ' +
    'conversation: requirements first, numbers before boxes, then go deep where the design is hard.',
  sections: [
    section(
      (s) => `Clarifying questions and requirements for ${s.topic}`,
      'List the questions to ask, then the functional and non-functional requirements you will design for.',
      (s) => [
        `Who uses ${s.topic}, and what are the two or three operations that matter most? Write them down as the functional requirements.`,
        'Agree the non-functional targets: availability (e.g. 99.9%+), latency for the hot path (e.g. p99 under 200 ms), consistency needs, and data retention.',
        'Ask about scale (daily active users, read/write ratio, growth) and about what is explicitly out of scope.',
      ],
    ),
    section(
      (s) => `Capacity estimates for ${s.topic}`,
      'Estimate users, QPS (average and peak), storage and bandwidth, showing the arithmetic.',
      () => [
        'Assume 10 M daily active users making 10 requests a day: 100 M requests/day / 86,400 s = about 1,200 requests/s on average, and about 3x that (3,600/s) at peak.',
        'With a 10:1 read/write ratio that is about 110 writes/s and 1,100 reads/s on average.',
        'At 1 KB per stored record and 110 writes/s: 110 x 86,400 = 9.5 M records/day, about 9.5 GB/day, about 3.5 TB/year before replication (x3 = 10.5 TB).',
        'Bandwidth: 1,100 reads/s x 1 KB = about 1.1 MB/s out on average; size caches and links for the peak, not the average.',
        'State the assumptions out loud and redo the numbers if the interviewer gives different ones.',
      ],
      { estimates: true },
    ),
    section(
      (s) => `High-level design of ${s.topic}`,
      'Name the components and the request flow for the main operations.',
      (s) => [
        'Clients reach stateless API servers through a load balancer; the servers scale horizontally.',
        `Walk through the write path and the read path of ${s.topic} end to end, naming each hop.`,
        'Put a cache in front of the hot reads, and move slow or bursty work (notifications, analytics, fan-out) onto a queue with workers.',
      ],
    ),
    section(
      (s) => `Data model and storage for ${s.topic}`,
      'Give the main entities, keys and access patterns, then choose storage and justify it.',
      () => [
        'List the entities with their primary keys and the queries each must serve; the access patterns decide the store.',
        'Relational (PostgreSQL) when you need transactions and flexible queries; a key-value or wide-column store when access is by key at very high write volume; object storage for blobs.',
        'Choose the partition key now (it decides how you shard later) and the indexes the reads need.',
      ],
    ),
    section(
      (s) => `Deep dive: the hard parts of ${s.topic}`,
      'Pick the one or two hardest problems and solve them in detail.',
      (s) => [
        `Name what is genuinely hard in ${s.topic} (uniqueness, ordering, hot keys, fan-out, exactly-once effects) and solve it step by step.`,
        'Compare two concrete approaches and say which you pick and why, given the numbers above.',
      ],
    ),
    section(
      () => 'Scaling',
      'Explain how the design grows: caching, replication, sharding, async processing.',
      () => [
        'Read replicas and caching (with a clear invalidation or TTL rule) for read-heavy paths.',
        'Shard by the partition key once a single primary is the bottleneck; plan for re-sharding with consistent hashing.',
        'Use a CDN for static or cacheable content, and back-pressure on queues for bursts.',
      ],
    ),
    section(
      () => 'Reliability',
      'Cover failures: replication, retries, idempotency, degradation, monitoring.',
      () => [
        'Replicate across availability zones; define what happens when a node, a zone or a dependency fails.',
        'Make writes idempotent (request ids) so retries are safe; use timeouts and circuit breakers on every remote call.',
        'Monitor the golden signals (latency, traffic, errors, saturation) and alert on the SLOs agreed at the start.',
      ],
    ),
    section(
      () => 'Trade-offs',
      'State what the design gives up and the alternatives you rejected.',
      () => [
        'Consistency versus availability on the hot path, and where eventual consistency is acceptable.',
        'Cost versus latency (how much to cache, how many replicas), and operational complexity versus scale you may never reach.',
      ],
    ),
  ],
  followUps: (s) => [
    `How would ${s.topic} handle a sudden 10x spike in traffic?`,
    `Which database would you choose for ${s.topic}, and how would you shard it?`,
    `How would you make ${s.topic} survive the loss of a whole data centre?`,
    `How would you add rate limiting to ${s.topic}?`,
  ],
};

export const architectPlaybook: Playbook = {
  stance:
    'You are a principal architect. Answer with decisions and their reasons, tied to requirements, ' +
    'and be explicit about trade-offs and how the architecture is operated and evolved.',
  sections: [
    section(
      (s) => `Functional and non-functional requirements for ${s.topic}`,
      'Separate what the system must do from the qualities it must have; rank the qualities.',
      (s) => [
        `Functional: the capabilities ${s.topic} must provide and the users or systems it serves.`,
        'Non-functional, ranked: availability, performance, scalability, security, modifiability, cost, time to market.',
        'Constraints: team size and skills, existing systems, compliance, budget.',
      ],
    ),
    section(
      () => 'Architecture style and why',
      'Choose a style (modular monolith, microservices, event-driven, serverless, layered) and justify it.',
      (s) => [
        `For ${s.topic}, start from a modular monolith unless independent scaling or deployment of parts is a stated need; split along business capabilities when it is.`,
        'Event-driven integration where parts must stay decoupled in time; synchronous APIs where the caller needs the answer now.',
        'Record the decision and its alternatives in an architecture decision record (ADR).',
      ],
    ),
    section(
      () => 'Components and boundaries',
      'Name the components, their responsibilities and their boundaries (bounded contexts).',
      () => [
        'One component per business capability, each owning its data; no shared database between services.',
        'An edge layer (API gateway or backend-for-frontend) for authentication, routing and rate limiting.',
      ],
    ),
    section(
      () => 'Data',
      'Ownership, consistency model, storage choices, and how data moves between components.',
      () => [
        'Each component owns its store; other components get data through APIs or events, never by reaching into tables.',
        'Use sagas or the outbox pattern for workflows that span components instead of distributed transactions.',
      ],
    ),
    section(
      () => 'APIs and communication',
      'Synchronous vs asynchronous, contracts, versioning.',
      () => [
        'REST or gRPC for request/response, a message broker for events; contracts are versioned and backward compatible.',
        'Idempotent consumers and explicit timeouts and retries on every call.',
      ],
    ),
    section(
      () => 'Scaling and failure handling',
      'How it scales and what happens when parts fail.',
      () => [
        'Stateless services scale horizontally; state lives in managed stores with replication.',
        'Bulkheads, circuit breakers and graceful degradation keep one failing part from taking down the rest.',
      ],
    ),
    section(
      () => 'Operations',
      'Deployment, observability, security and cost.',
      () => [
        'CI/CD with automated tests and progressive delivery (canary or blue-green).',
        'Structured logs, metrics and distributed tracing with correlation ids; SLOs per critical journey.',
        'Least-privilege access, secrets management, encryption in transit and at rest.',
      ],
    ),
    section(
      () => 'Trade-offs',
      'What the architecture optimises for and what it costs.',
      () => [
        'More services mean independent delivery but more operational overhead and harder debugging.',
        'Eventual consistency buys availability and decoupling at the price of more complex user-facing flows.',
      ],
    ),
  ],
  followUps: (s) => [
    `How would you migrate an existing system to the architecture you propose for ${s.topic}?`,
    `Which architecture decisions for ${s.topic} would you record in an ADR, and why?`,
    `How would you keep data consistent across components in ${s.topic}?`,
    `What would make you choose a modular monolith over microservices for ${s.topic}?`,
  ],
};
