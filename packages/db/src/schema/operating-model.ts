import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  benefitNodeKind,
  engagementLevel,
  kpiDirection,
  policyProductStatus,
  principleStance,
  programmeReviewKind,
  recommendationStatus,
  riskStatus,
} from './enums.js';
import { users } from './tables.js';
import { createdAt, organisationId, sameOrganisation, updatedAt } from './columns.js';

// The ISO 37106 (GB/T 41150) operating-model workspace of an organisation's programme office. Every
// row names its organisation; rows that point to another row of the workspace do so through
// (id, organisation_id), so that they can only point inside their own organisation. Editable rows
// carry a `version` for optimistic locking (If-Match → 412 with the stored row).

const version = () => integer('version').notNull().default(1);
const updatedBy = () => uuid('updated_by').references(() => users.id, { onDelete: 'set null' });

/**
 * The stakeholder register (ISO 37106 6.5.2): who the programme engages, by the five stakeholder
 * types of the pack, with their influence and interest and how they are engaged.
 */
export const stakeholderRegister = pgTable(
  'stakeholder_register',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    /** A stakeholder type of the pack (`stakeholder_types[].id`). */
    typeId: text('type_id').notNull(),
    /** The body the stakeholder belongs to or represents, if any. */
    affiliation: text('affiliation').notNull().default(''),
    /** 1 low – 3 high: for the influence / interest grid. */
    influence: smallint('influence').notNull().default(2),
    interest: smallint('interest').notNull().default(2),
    engagementLevel: engagementLevel('engagement_level').notNull().default('consult'),
    /** How, how often and by whom the stakeholder is engaged. */
    engagementPlan: text('engagement_plan').notNull().default(''),
    contact: text('contact').notNull().default(''),
    version: version(),
    updatedBy: updatedBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('stakeholder_register_id_organisation').on(t.id, t.organisationId),
    index('stakeholder_register_organisation_idx').on(t.organisationId),
    check('stakeholder_register_influence', sql`${t.influence} between 1 and 3`),
    check('stakeholder_register_interest', sql`${t.interest} between 1 and 3`),
  ],
);

/**
 * The city's implementation principles (ISO 37106 clause 5, Annex A): a principle of the pack
 * adopted as written or adapted, or one the city adds.
 */
export const cityPrinciples = pgTable(
  'city_principles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    /** The pack's principle (`implementation_principles[].id`); null for one the city added. */
    packPrincipleId: text('pack_principle_id'),
    stance: principleStance('stance').notNull(),
    /** The city's title and wording (empty for an adopted principle: the pack's wording applies). */
    title: text('title').notNull().default(''),
    wording: text('wording').notNull().default(''),
    /** Order on the city's list. */
    position: smallint('position').notNull().default(0),
    version: version(),
    updatedBy: updatedBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('city_principles_id_organisation').on(t.id, t.organisationId),
    uniqueIndex('city_principles_pack_unique')
      .on(t.organisationId, t.packPrincipleId)
      .where(sql`${t.packPrincipleId} is not null`),
    check(
      'city_principles_added_has_title',
      sql`${t.stance} <> 'added' or (${t.packPrincipleId} is null and length(${t.title}) > 0)`,
    ),
    check(
      'city_principles_pack_stance',
      sql`${t.stance} = 'added' or ${t.packPrincipleId} is not null`,
    ),
  ],
);

/** Which registered stakeholders agreed a principle, and when. */
export const principleAgreements = pgTable(
  'principle_agreements',
  {
    organisationId: organisationId(),
    principleId: uuid('principle_id').notNull(),
    stakeholderId: uuid('stakeholder_id').notNull(),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.principleId, t.stakeholderId] }),
    sameOrganisation(
      'principle_agreements_principle',
      [t.principleId, t.organisationId],
      [cityPrinciples.id, cityPrinciples.organisationId],
    ),
    sameOrganisation(
      'principle_agreements_stakeholder',
      [t.stakeholderId, t.organisationId],
      [stakeholderRegister.id, stakeholderRegister.organisationId],
    ),
  ],
);

/**
 * Progress on one recommendation of a component (B1–B14, C1–C3 and A): the component tracker's
 * checklist. A recommendation without a row is not started.
 */
export const recommendationProgress = pgTable(
  'recommendation_progress',
  {
    organisationId: organisationId(),
    /** The pack's recommendation id (`components[].recommendations[].id`, e.g. `B1.a`). */
    recommendationId: text('recommendation_id').notNull(),
    componentCode: text('component_code').notNull(),
    status: recommendationStatus('status').notNull().default('not-started'),
    owner: text('owner').notNull().default(''),
    dueOn: date('due_on', { mode: 'string' }),
    /** What shows it is done: a note, and a link to a document. */
    evidence: text('evidence').notNull().default(''),
    evidenceUrl: text('evidence_url'),
    version: version(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.recommendationId] }),
    index('recommendation_progress_component_idx').on(t.organisationId, t.componentCode),
  ],
);

/**
 * A policy product of the interoperability matrix (ISO 37106 figure 5): one of the standard's
 * (its key in the pack: `<area>/<dimension>/<index>`) or the city's own, with its status.
 * A standard product without a row has the status `none`.
 */
export const policyProducts = pgTable(
  'policy_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    areaId: text('area_id').notNull(),
    dimensionId: text('dimension_id').notNull(),
    /** `<area>/<dimension>/<index in the cell>` for a product of the standard; null for the city's own. */
    packProductKey: text('pack_product_key'),
    /** The city's own product's name (empty for a standard product). */
    name: text('name').notNull().default(''),
    /** Component codes that guide it (the standard's tags, or chosen by the city). */
    componentCodes: text('component_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: policyProductStatus('status').notNull().default('none'),
    documentUrl: text('document_url'),
    notes: text('notes').notNull().default(''),
    version: version(),
    updatedBy: updatedBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('policy_products_pack_unique')
      .on(t.organisationId, t.packProductKey)
      .where(sql`${t.packProductKey} is not null`),
    index('policy_products_cell_idx').on(t.organisationId, t.areaId, t.dimensionId),
    check(
      'policy_products_own_has_name',
      sql`${t.packProductKey} is not null or length(${t.name}) > 0`,
    ),
  ],
);

/**
 * An initiative of the smart city roadmap (ISO 37106 table 6), in one of the five phases, with the
 * components it applies.
 */
export const roadmapInitiatives = pgTable(
  'roadmap_initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    /** The pack's roadmap phase (`roadmap_phases[].id`). */
    phaseId: text('phase_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    owner: text('owner').notNull().default(''),
    /** Budget in the currency's units (e.g. yuan), two decimals; null when not set. */
    budget: numeric('budget', { precision: 16, scale: 2, mode: 'string' }),
    /** ISO 4217 code. */
    currency: text('currency').notNull().default('CNY'),
    quickWin: boolean('quick_win').notNull().default(false),
    componentCodes: text('component_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: version(),
    updatedBy: updatedBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('roadmap_initiatives_id_organisation').on(t.id, t.organisationId),
    index('roadmap_initiatives_organisation_idx').on(t.organisationId, t.startsOn),
    check('roadmap_initiatives_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('roadmap_initiatives_budget', sql`${t.budget} is null or ${t.budget} >= 0`),
    check('roadmap_initiatives_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/** A characteristic an initiative should lift, and to which level. */
export const initiativeLifts = pgTable(
  'initiative_lifts',
  {
    organisationId: organisationId(),
    initiativeId: uuid('initiative_id').notNull(),
    /** The MMSSC characteristic's id in the pack. */
    characteristicId: text('characteristic_id').notNull(),
    targetLevel: smallint('target_level').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.characteristicId] }),
    index('initiative_lifts_characteristic_idx').on(t.organisationId, t.characteristicId),
    check('initiative_lifts_level', sql`${t.targetLevel} between 1 and 5`),
    sameOrganisation(
      'initiative_lifts_initiative',
      [t.initiativeId, t.organisationId],
      [roadmapInitiatives.id, roadmapInitiatives.organisationId],
    ),
  ],
);

/**
 * A node of the benefit map (ISO 37106 clause 7): initiatives and investments lead to outputs,
 * outputs to outcomes, outcomes to the six purposes. An initiative node may stand for a roadmap
 * initiative; a purpose node stands for one of the pack's purposes.
 */
export const benefitNodes = pgTable(
  'benefit_nodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    kind: benefitNodeKind('kind').notNull(),
    label: text('label').notNull().default(''),
    description: text('description').notNull().default(''),
    /** The roadmap initiative an initiative node stands for (deleted with it). */
    initiativeId: uuid('initiative_id'),
    /** The pack's purpose (`purposes[].id`) for a purpose node. */
    purposeId: text('purpose_id'),
    /** Where the node is drawn (the map is edited by dragging). */
    x: doublePrecision('x').notNull().default(0),
    y: doublePrecision('y').notNull().default(0),
    version: version(),
    updatedBy: updatedBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('benefit_nodes_id_organisation').on(t.id, t.organisationId),
    uniqueIndex('benefit_nodes_purpose_unique')
      .on(t.organisationId, t.purposeId)
      .where(sql`${t.purposeId} is not null`),
    // One node per roadmap initiative (the use case says so first, with a localized 409).
    uniqueIndex('benefit_nodes_initiative_unique')
      .on(t.organisationId, t.initiativeId)
      .where(sql`${t.initiativeId} is not null`),
    check(
      'benefit_nodes_purpose_kind',
      sql`(${t.kind} = 'purpose') = (${t.purposeId} is not null)`,
    ),
    check(
      'benefit_nodes_initiative_kind',
      sql`${t.initiativeId} is null or ${t.kind} = 'initiative'`,
    ),
    sameOrganisation(
      'benefit_nodes_initiative',
      [t.initiativeId, t.organisationId],
      [roadmapInitiatives.id, roadmapInitiatives.organisationId],
    ),
  ],
);

/** An arrow of the benefit map: `from` contributes to `to`. */
export const benefitLinks = pgTable(
  'benefit_links',
  {
    organisationId: organisationId(),
    fromNodeId: uuid('from_node_id').notNull(),
    toNodeId: uuid('to_node_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.fromNodeId, t.toNodeId] }),
    index('benefit_links_to_idx').on(t.toNodeId),
    check('benefit_links_not_self', sql`${t.fromNodeId} <> ${t.toNodeId}`),
    sameOrganisation(
      'benefit_links_from',
      [t.fromNodeId, t.organisationId],
      [benefitNodes.id, benefitNodes.organisationId],
    ),
    sameOrganisation(
      'benefit_links_to',
      [t.toNodeId, t.organisationId],
      [benefitNodes.id, benefitNodes.organisationId],
    ),
  ],
);

/**
 * A key performance indicator of the benefits realisation plan: baseline, success criterion,
 * trajectory (milestones) and owner, optionally tied to an indicator of ISO 37120 / 37122 / 37123
 * or U4SSC and to an outcome of the benefit map.
 */
export const kpis = pgTable(
  'kpis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
    /** `iso-37120`, `iso-37122`, `iso-37123` or `u4ssc`, with the indicator's code (e.g. `5.1`). */
    indicatorScheme: text('indicator_scheme'),
    indicatorCode: text('indicator_code'),
    /** Whether a higher or a lower value is better. */
    direction: kpiDirection('direction').notNull().default('increase'),
    baselineValue: doublePrecision('baseline_value'),
    baselineOn: date('baseline_on', { mode: 'string' }),
    successCriterion: text('success_criterion').notNull().default(''),
    /** Milestones `[{ on: 'YYYY-MM-DD', value: number }]`, in date order. */
    trajectory: jsonb('trajectory')
      .notNull()
      .default(sql`'[]'::jsonb`),
    owner: text('owner').notNull().default(''),
    /**
     * The outcome of the benefit map it measures, if any. A plain key (set to null when the node
     * is deleted, the KPI stays); the repository checks the node is of the same organisation.
     */
    benefitNodeId: uuid('benefit_node_id').references(() => benefitNodes.id, {
      onDelete: 'set null',
    }),
    version: version(),
    updatedBy: updatedBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('kpis_id_organisation').on(t.id, t.organisationId),
    index('kpis_organisation_idx').on(t.organisationId),
    check(
      'kpis_indicator_scheme',
      sql`${t.indicatorScheme} is null or ${t.indicatorScheme} in ('iso-37120', 'iso-37122', 'iso-37123', 'u4ssc')`,
    ),
  ],
);

/** A measured value of a KPI on a date (one per KPI and date). */
export const kpiActuals = pgTable(
  'kpi_actuals',
  {
    organisationId: organisationId(),
    kpiId: uuid('kpi_id').notNull(),
    observedOn: date('observed_on', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kpiId, t.observedOn] }),
    sameOrganisation(
      'kpi_actuals_kpi',
      [t.kpiId, t.organisationId],
      [kpis.id, kpis.organisationId],
    ),
  ],
);

/**
 * A periodic review against a checklist of the pack: the nine key success factors' statements
 * (ratings 1 red, 2 amber, 3 green), the procurement self-check (1 traditional … 5 smart, per
 * row) or the six key governance changes (1 not begun … 4 embedded). The history of reviews of
 * one kind gives the trend.
 */
export const programmeReviews = pgTable(
  'programme_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    kind: programmeReviewKind('kind').notNull(),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    /** Who reviewed (a name: reviewers need not have an account). */
    reviewer: text('reviewer').notNull(),
    notes: text('notes').notNull().default(''),
    version: version(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: updatedBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('programme_reviews_id_organisation').on(t.id, t.organisationId),
    index('programme_reviews_organisation_idx').on(t.organisationId, t.kind, t.reviewedOn),
  ],
);

/** One item's rating in a review (a checklist statement, procurement row or governance change). */
export const programmeReviewRatings = pgTable(
  'programme_review_ratings',
  {
    organisationId: organisationId(),
    reviewId: uuid('review_id').notNull(),
    /** The pack's item id (e.g. `ksf-1a-1`, `procurement-3`, `stakeholder-alignment`). */
    itemId: text('item_id').notNull(),
    rating: smallint('rating').notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.itemId] }),
    check('programme_review_ratings_rating', sql`${t.rating} between 1 and 5`),
    sameOrganisation(
      'programme_review_ratings_review',
      [t.reviewId, t.organisationId],
      [programmeReviews.id, programmeReviews.organisationId],
    ),
  ],
);

/** The programme's risk register, each risk linked to the key success factors it threatens. */
export const risks = pgTable(
  'risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** 1 rare … 5 almost certain; 1 negligible … 5 severe. */
    likelihood: smallint('likelihood').notNull(),
    impact: smallint('impact').notNull(),
    /** Key success factors of the pack (`key_success_factors[].id`). */
    factorIds: text('factor_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    owner: text('owner').notNull().default(''),
    mitigation: text('mitigation').notNull().default(''),
    status: riskStatus('status').notNull().default('open'),
    reviewOn: date('review_on', { mode: 'string' }),
    version: version(),
    updatedBy: updatedBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('risks_organisation_idx').on(t.organisationId),
    check('risks_likelihood', sql`${t.likelihood} between 1 and 5`),
    check('risks_impact', sql`${t.impact} between 1 and 5`),
  ],
);
