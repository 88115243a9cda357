CREATE TYPE "public"."benefit_node_kind" AS ENUM('initiative', 'investment', 'output', 'outcome', 'purpose');--> statement-breakpoint
CREATE TYPE "public"."engagement_level" AS ENUM('inform', 'consult', 'involve', 'collaborate', 'empower');--> statement-breakpoint
CREATE TYPE "public"."kpi_direction" AS ENUM('increase', 'decrease');--> statement-breakpoint
CREATE TYPE "public"."policy_product_status" AS ENUM('none', 'drafting', 'adopted', 'reviewed');--> statement-breakpoint
CREATE TYPE "public"."principle_stance" AS ENUM('adopted', 'adapted', 'added');--> statement-breakpoint
CREATE TYPE "public"."programme_review_kind" AS ENUM('key-success-factors', 'procurement', 'governance');--> statement-breakpoint
CREATE TYPE "public"."recommendation_status" AS ENUM('not-started', 'in-progress', 'done', 'not-applicable');--> statement-breakpoint
CREATE TYPE "public"."risk_status" AS ENUM('open', 'mitigating', 'closed');--> statement-breakpoint
ALTER TYPE "public"."membership_role" ADD VALUE 'programme_office';--> statement-breakpoint
CREATE TABLE "benefit_links" (
	"organisation_id" uuid NOT NULL,
	"from_node_id" uuid NOT NULL,
	"to_node_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_links_from_node_id_to_node_id_pk" PRIMARY KEY("from_node_id","to_node_id"),
	CONSTRAINT "benefit_links_not_self" CHECK ("benefit_links"."from_node_id" <> "benefit_links"."to_node_id")
);
--> statement-breakpoint
CREATE TABLE "benefit_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "benefit_node_kind" NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"initiative_id" uuid,
	"purpose_id" text,
	"x" double precision DEFAULT 0 NOT NULL,
	"y" double precision DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_nodes_id_organisation" UNIQUE("id","organisation_id"),
	CONSTRAINT "benefit_nodes_purpose_kind" CHECK (("benefit_nodes"."kind" = 'purpose') = ("benefit_nodes"."purpose_id" is not null)),
	CONSTRAINT "benefit_nodes_initiative_kind" CHECK ("benefit_nodes"."initiative_id" is null or "benefit_nodes"."kind" = 'initiative')
);
--> statement-breakpoint
CREATE TABLE "city_principles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"pack_principle_id" text,
	"stance" "principle_stance" NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"wording" text DEFAULT '' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "city_principles_id_organisation" UNIQUE("id","organisation_id"),
	CONSTRAINT "city_principles_added_has_title" CHECK ("city_principles"."stance" <> 'added' or ("city_principles"."pack_principle_id" is null and length("city_principles"."title") > 0)),
	CONSTRAINT "city_principles_pack_stance" CHECK ("city_principles"."stance" = 'added' or "city_principles"."pack_principle_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "initiative_lifts" (
	"organisation_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"characteristic_id" text NOT NULL,
	"target_level" smallint NOT NULL,
	CONSTRAINT "initiative_lifts_initiative_id_characteristic_id_pk" PRIMARY KEY("initiative_id","characteristic_id"),
	CONSTRAINT "initiative_lifts_level" CHECK ("initiative_lifts"."target_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "kpi_actuals" (
	"organisation_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"observed_on" date NOT NULL,
	"value" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_actuals_kpi_id_observed_on_pk" PRIMARY KEY("kpi_id","observed_on")
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"indicator_scheme" text,
	"indicator_code" text,
	"direction" "kpi_direction" DEFAULT 'increase' NOT NULL,
	"baseline_value" double precision,
	"baseline_on" date,
	"success_criterion" text DEFAULT '' NOT NULL,
	"trajectory" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"benefit_node_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpis_id_organisation" UNIQUE("id","organisation_id"),
	CONSTRAINT "kpis_indicator_scheme" CHECK ("kpis"."indicator_scheme" is null or "kpis"."indicator_scheme" in ('iso-37120', 'iso-37122', 'iso-37123', 'u4ssc'))
);
--> statement-breakpoint
CREATE TABLE "policy_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"area_id" text NOT NULL,
	"dimension_id" text NOT NULL,
	"pack_product_key" text,
	"name" text DEFAULT '' NOT NULL,
	"component_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "policy_product_status" DEFAULT 'none' NOT NULL,
	"document_url" text,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_products_own_has_name" CHECK ("policy_products"."pack_product_key" is not null or length("policy_products"."name") > 0)
);
--> statement-breakpoint
CREATE TABLE "principle_agreements" (
	"organisation_id" uuid NOT NULL,
	"principle_id" uuid NOT NULL,
	"stakeholder_id" uuid NOT NULL,
	"agreed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "principle_agreements_principle_id_stakeholder_id_pk" PRIMARY KEY("principle_id","stakeholder_id")
);
--> statement-breakpoint
CREATE TABLE "programme_review_ratings" (
	"organisation_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "programme_review_ratings_review_id_item_id_pk" PRIMARY KEY("review_id","item_id"),
	CONSTRAINT "programme_review_ratings_rating" CHECK ("programme_review_ratings"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "programme_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "programme_review_kind" NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewer" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_reviews_id_organisation" UNIQUE("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_progress" (
	"organisation_id" uuid NOT NULL,
	"recommendation_id" text NOT NULL,
	"component_code" text NOT NULL,
	"status" "recommendation_status" DEFAULT 'not-started' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"due_on" date,
	"evidence" text DEFAULT '' NOT NULL,
	"evidence_url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_progress_organisation_id_recommendation_id_pk" PRIMARY KEY("organisation_id","recommendation_id")
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"factor_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"mitigation" text DEFAULT '' NOT NULL,
	"status" "risk_status" DEFAULT 'open' NOT NULL,
	"review_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_likelihood" CHECK ("risks"."likelihood" between 1 and 5),
	CONSTRAINT "risks_impact" CHECK ("risks"."impact" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "roadmap_initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"phase_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"budget" numeric(16, 2),
	"currency" text DEFAULT 'CNY' NOT NULL,
	"quick_win" boolean DEFAULT false NOT NULL,
	"component_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_initiatives_id_organisation" UNIQUE("id","organisation_id"),
	CONSTRAINT "roadmap_initiatives_dates" CHECK ("roadmap_initiatives"."ends_on" >= "roadmap_initiatives"."starts_on"),
	CONSTRAINT "roadmap_initiatives_budget" CHECK ("roadmap_initiatives"."budget" is null or "roadmap_initiatives"."budget" >= 0),
	CONSTRAINT "roadmap_initiatives_currency" CHECK ("roadmap_initiatives"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "stakeholder_register" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type_id" text NOT NULL,
	"affiliation" text DEFAULT '' NOT NULL,
	"influence" smallint DEFAULT 2 NOT NULL,
	"interest" smallint DEFAULT 2 NOT NULL,
	"engagement_level" "engagement_level" DEFAULT 'consult' NOT NULL,
	"engagement_plan" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholder_register_id_organisation" UNIQUE("id","organisation_id"),
	CONSTRAINT "stakeholder_register_influence" CHECK ("stakeholder_register"."influence" between 1 and 3),
	CONSTRAINT "stakeholder_register_interest" CHECK ("stakeholder_register"."interest" between 1 and 3)
);
--> statement-breakpoint
ALTER TABLE "benefit_links" ADD CONSTRAINT "benefit_links_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_links" ADD CONSTRAINT "benefit_links_from" FOREIGN KEY ("from_node_id","organisation_id") REFERENCES "public"."benefit_nodes"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_links" ADD CONSTRAINT "benefit_links_to" FOREIGN KEY ("to_node_id","organisation_id") REFERENCES "public"."benefit_nodes"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_nodes" ADD CONSTRAINT "benefit_nodes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_nodes" ADD CONSTRAINT "benefit_nodes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_nodes" ADD CONSTRAINT "benefit_nodes_initiative" FOREIGN KEY ("initiative_id","organisation_id") REFERENCES "public"."roadmap_initiatives"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city_principles" ADD CONSTRAINT "city_principles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city_principles" ADD CONSTRAINT "city_principles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_lifts" ADD CONSTRAINT "initiative_lifts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_lifts" ADD CONSTRAINT "initiative_lifts_initiative" FOREIGN KEY ("initiative_id","organisation_id") REFERENCES "public"."roadmap_initiatives"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_actuals" ADD CONSTRAINT "kpi_actuals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_actuals" ADD CONSTRAINT "kpi_actuals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_actuals" ADD CONSTRAINT "kpi_actuals_kpi" FOREIGN KEY ("kpi_id","organisation_id") REFERENCES "public"."kpis"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_benefit_node_id_benefit_nodes_id_fk" FOREIGN KEY ("benefit_node_id") REFERENCES "public"."benefit_nodes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_products" ADD CONSTRAINT "policy_products_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_products" ADD CONSTRAINT "policy_products_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "principle_agreements" ADD CONSTRAINT "principle_agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "principle_agreements" ADD CONSTRAINT "principle_agreements_principle" FOREIGN KEY ("principle_id","organisation_id") REFERENCES "public"."city_principles"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "principle_agreements" ADD CONSTRAINT "principle_agreements_stakeholder" FOREIGN KEY ("stakeholder_id","organisation_id") REFERENCES "public"."stakeholder_register"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_review_ratings" ADD CONSTRAINT "programme_review_ratings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_review_ratings" ADD CONSTRAINT "programme_review_ratings_review" FOREIGN KEY ("review_id","organisation_id") REFERENCES "public"."programme_reviews"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reviews" ADD CONSTRAINT "programme_reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reviews" ADD CONSTRAINT "programme_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reviews" ADD CONSTRAINT "programme_reviews_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_progress" ADD CONSTRAINT "recommendation_progress_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_progress" ADD CONSTRAINT "recommendation_progress_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_initiatives" ADD CONSTRAINT "roadmap_initiatives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_initiatives" ADD CONSTRAINT "roadmap_initiatives_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_register" ADD CONSTRAINT "stakeholder_register_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_register" ADD CONSTRAINT "stakeholder_register_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefit_links_to_idx" ON "benefit_links" USING btree ("to_node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "benefit_nodes_purpose_unique" ON "benefit_nodes" USING btree ("organisation_id","purpose_id") WHERE "benefit_nodes"."purpose_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "city_principles_pack_unique" ON "city_principles" USING btree ("organisation_id","pack_principle_id") WHERE "city_principles"."pack_principle_id" is not null;--> statement-breakpoint
CREATE INDEX "initiative_lifts_characteristic_idx" ON "initiative_lifts" USING btree ("organisation_id","characteristic_id");--> statement-breakpoint
CREATE INDEX "kpis_organisation_idx" ON "kpis" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_products_pack_unique" ON "policy_products" USING btree ("organisation_id","pack_product_key") WHERE "policy_products"."pack_product_key" is not null;--> statement-breakpoint
CREATE INDEX "policy_products_cell_idx" ON "policy_products" USING btree ("organisation_id","area_id","dimension_id");--> statement-breakpoint
CREATE INDEX "programme_reviews_organisation_idx" ON "programme_reviews" USING btree ("organisation_id","kind","reviewed_on");--> statement-breakpoint
CREATE INDEX "recommendation_progress_component_idx" ON "recommendation_progress" USING btree ("organisation_id","component_code");--> statement-breakpoint
CREATE INDEX "risks_organisation_idx" ON "risks" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "roadmap_initiatives_organisation_idx" ON "roadmap_initiatives" USING btree ("organisation_id","starts_on");--> statement-breakpoint
CREATE INDEX "stakeholder_register_organisation_idx" ON "stakeholder_register" USING btree ("organisation_id");